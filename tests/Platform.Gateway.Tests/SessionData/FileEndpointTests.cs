using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Platform.Blobs.FileSystem;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;
using Platform.Testing;

namespace Platform.Gateway.Tests.SessionData;

/// <summary>
/// <c>GET /files/…?token=</c> and <c>POST /blobs/sas</c> on the real Silo with the filesystem backend: a grant for
/// one session reads that session's files only, ranges work, and every bad token or path is a typed 4xx.
/// </summary>
public sealed class FileEndpointTests : IAsyncLifetime
{
    private readonly byte[] _grantKey = RandomNumberGenerator.GetBytes(32);
    private readonly string _root = Directory.CreateTempSubdirectory("silo-blobs-").FullName;
    private SiloProcess _silo = null!;
    private HttpClient _http = null!;

    public async ValueTask InitializeAsync()
    {
        _silo = await SiloProcess.StartAsync($"--Platform:Blobs:FileSystemRoot={_root}", $"--Platform:Blobs:GrantKey={Convert.ToBase64String(_grantKey)}");
        _http = new HttpClient { BaseAddress = _silo.BaseAddress };
        var store = new FileSystemBlobStore(_root);
        var content = "0123456789"u8.ToArray();
        var md5 = MD5.HashData(content);
        var key = BlobKey.Parse("demo/demo-session/grid_1/movie_0001.tif");
        await store.StageBlockAsync(key, BlockIds.For(0, md5), content, md5, CancellationToken.None);
        await store.CommitBlocksAsync(key, [BlockIds.For(0, md5)], new Dictionary<string, string>(), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _silo.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_read_grant_downloads_its_session_file_whole_or_by_range()
    {
        var ct = TestContext.Current.CancellationToken;
        var url = FileUrl("demo/demo-session/grid_1/movie_0001.tif", Grant("demo/demo-session/", BlobPermissions.Read));

        Assert.Equal("0123456789", await _http.GetStringAsync(url, ct));
        using var ranged = new HttpRequestMessage(HttpMethod.Get, url);
        ranged.Headers.Range = new RangeHeaderValue(2, 4);
        using var partial = await _http.SendAsync(ranged, ct);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("234", await partial.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Another_sessions_grant_a_write_grant_a_forged_or_expired_grant_are_refused_with_their_reason()
    {
        var file = "demo/demo-session/grid_1/movie_0001.tif";
        await AssertErrorAsync(FileUrl(file, Grant("demo/other-session/", BlobPermissions.Read)), HttpStatusCode.Forbidden, "AccessDenied");
        await AssertErrorAsync(FileUrl(file, Grant("demo/demo-session/", BlobPermissions.Write)), HttpStatusCode.Forbidden, "AccessDenied");
        var forged = new BlobGrantSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System).Issue("demo/demo-session/", BlobPermissions.Read, TimeSpan.FromHours(1));
        await AssertErrorAsync(FileUrl(file, forged), HttpStatusCode.Forbidden, "AccessDenied");
        var past = new ManualTimeProvider(DateTimeOffset.UtcNow.AddDays(-2));
        var expired = new BlobGrantSigner(_grantKey, past).Issue("demo/demo-session/", BlobPermissions.Read, TimeSpan.FromHours(1));
        await AssertErrorAsync(FileUrl(file, expired), HttpStatusCode.Forbidden, "GrantExpired");
        await AssertErrorAsync($"/files/{file}?token=garbage", HttpStatusCode.Forbidden, "AccessDenied");
        await AssertErrorAsync($"/files/{file}", HttpStatusCode.Forbidden, "AccessDenied");
    }

    [Fact]
    public async Task Missing_files_bad_paths_and_SAS_requests_on_the_filesystem_backend_are_typed_errors()
    {
        var ct = TestContext.Current.CancellationToken;
        var grant = Grant("demo/demo-session/", BlobPermissions.Read);
        await AssertErrorAsync(FileUrl("demo/demo-session/grid_1/missing.tif", grant), HttpStatusCode.NotFound, "NotFound");
        await AssertErrorAsync("/files/demo/demo-session/a%5Cb?token=" + Uri.EscapeDataString(BlobGrantToken.Encode(grant)), HttpStatusCode.BadRequest, "InvalidPath");

        using var sas = await _http.PostAsJsonAsync("/blobs/sas", new { token = BlobGrantToken.Encode(grant), blob = "demo/demo-session/grid_1/movie_0001.tif" }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, sas.StatusCode);
        Assert.Equal("NoSasOnThisBackend", JsonDocument.Parse(await sas.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("code").GetString());
    }

    private BlobGrant Grant(string prefix, BlobPermissions permissions) =>
        new BlobGrantSigner(_grantKey, TimeProvider.System).Issue(prefix, permissions, TimeSpan.FromHours(1));

    private static string FileUrl(string key, BlobGrant grant) => $"/files/{key}?token={Uri.EscapeDataString(BlobGrantToken.Encode(grant))}";

    private async Task AssertErrorAsync(string url, HttpStatusCode status, string code)
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await _http.GetAsync(url, ct);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("code").GetString());
    }
}
