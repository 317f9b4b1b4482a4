using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Platform.Blobs.Azure;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;
using Platform.Testing;

namespace Platform.Gateway.Tests.SessionData;

/// <summary>The Silo on the Azure backend (Azurite): downloads redirect to a per-blob SAS, uploads get a SAS for their own session's blobs only.</summary>
public sealed class AzureFileEndpointTests(AzureFileEndpointTests.Azurite azurite) : IClassFixture<AzureFileEndpointTests.Azurite>
{
    private const string Container = "gateway-sessions";

    [Fact]
    public async Task Downloads_redirect_to_storage_and_an_upload_SAS_writes_only_its_own_sessions_blob()
    {
        var ct = TestContext.Current.CancellationToken;
        var grantKey = RandomNumberGenerator.GetBytes(32);
        await using var silo = await SiloProcess.StartAsync(
            "--Platform:Blobs:Kind=azure",
            $"--Platform:Blobs:AzureAccountUri={azurite.AccountUri}",
            $"--Platform:Blobs:AzureAccountName={AzuriteFixture.AccountName}",
            $"--Platform:Blobs:AzureAccountKey={Convert.ToBase64String(AzuriteFixture.AccountKey)}",
            $"--Platform:Blobs:AzureContainer={Container}",
            $"--Platform:Blobs:GrantKey={Convert.ToBase64String(grantKey)}");
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        var store = new AzureBlobStore(new HttpClient(), new AzureBlobStoreOptions(azurite.AccountUri, AzuriteFixture.AccountName, Container), new AzureSharedKeyAuthorizer(AzuriteFixture.AccountName, AzuriteFixture.AccountKey), TimeProvider.System);
        var content = "movie bytes"u8.ToArray();
        var md5 = MD5.HashData(content);
        var key = BlobKey.Parse("demo/demo-session/grid_1/movie_0001.tif");
        await store.StageBlockAsync(key, BlockIds.For(0, md5), content, md5, ct);
        await store.CommitBlocksAsync(key, [BlockIds.For(0, md5)], new Dictionary<string, string>(), ct);
        var signer = new BlobGrantSigner(grantKey, TimeProvider.System);

        var read = BlobGrantToken.Encode(signer.Issue("demo/demo-session/", BlobPermissions.Read, TimeSpan.FromHours(1)));
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = silo.BaseAddress };
        using var redirect = await noRedirect.GetAsync($"/files/{key}?token={Uri.EscapeDataString(read)}", ct);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith(azurite.AccountUri.AbsoluteUri.TrimEnd('/') + "/" + Container + "/demo/demo-session/", redirect.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("movie bytes", await http.GetStringAsync($"/files/{key}?token={Uri.EscapeDataString(read)}", ct));

        var write = BlobGrantToken.Encode(signer.Issue("demo/demo-session/", BlobPermissions.Write, TimeSpan.FromHours(1)));
        using var sasResponse = await http.PostAsJsonAsync("/blobs/sas", new { token = write, blob = "demo/demo-session/grid_1/movie_0002.tif" }, ct);
        var sasUri = JsonDocument.Parse(await sasResponse.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("uri").GetString()!;
        using var put = new HttpRequestMessage(HttpMethod.Put, sasUri) { Content = new ByteArrayContent("second"u8.ToArray()) };
        put.Headers.Add("x-ms-blob-type", "BlockBlob");
        using var putResponse = await new HttpClient().SendAsync(put, ct);
        Assert.Equal(HttpStatusCode.Created, putResponse.StatusCode);
        Assert.Equal(6, (await store.GetPropertiesAsync(BlobKey.Parse("demo/demo-session/grid_1/movie_0002.tif"), ct))!.LengthBytes);

        using var elsewhere = await http.PostAsJsonAsync("/blobs/sas", new { token = write, blob = "demo/other-session/grid_1/movie_0001.tif" }, ct);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
    }

    /// <summary>This class's own Azurite.</summary>
    public sealed class Azurite : AzuriteFixture;
}
