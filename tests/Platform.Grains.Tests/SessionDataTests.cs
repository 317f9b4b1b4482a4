using Platform.Blobs.Errors;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;
using Platform.Grains.SessionData;
using Platform.Silo.SessionData;

namespace Platform.Grains.Tests;

/// <summary>Session data grants: scoped to one session's prefix, one kind of access, time-limited, tamper-evident.</summary>
public sealed class SessionDataTests
{
    [Fact]
    public async Task An_upload_grant_writes_only_under_its_own_session_and_cannot_read_or_list()
    {
        await using var silo = await DomainSilo.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var view = await silo.SessionData.IssueGrantAsync(silo.FacilityId, "s-one", SessionDataAccess.Write, ct);
        var grant = BlobGrantToken.Decode(view.Token);
        silo.Backend.Signer.Verify(grant);
        var scoped = new GrantScopedBlobStore(silo.Blobs, grant, silo.Clock);

        var own = BlobKey.Parse($"{silo.FacilityId}/s-one/grid_1/movie.tif");
        var md5 = System.Security.Cryptography.MD5.HashData(new byte[] { 1, 2 });
        await scoped.StageBlockAsync(own, BlockIds.For(0, md5), new byte[] { 1, 2 }, md5, ct);
        await scoped.CommitBlocksAsync(own, [BlockIds.For(0, md5)], new Dictionary<string, string>(), ct);

        var other = BlobKey.Parse($"{silo.FacilityId}/s-two/grid_1/movie.tif");
        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => scoped.StageBlockAsync(other, BlockIds.For(0, md5), new byte[] { 1, 2 }, md5, ct));
        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => scoped.OpenReadAsync(own, range: null, ct));
        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => scoped.ListAsync(view.Prefix, 10, null, ct));
        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => scoped.DeleteAsync(own, ct));
        Assert.Equal($"{silo.FacilityId}/s-one/", view.Prefix);
        Assert.Equal(silo.Clock.GetUtcNow().AddHours(1), view.ExpiresAtUtc);
    }

    [Fact]
    public async Task A_grant_stops_working_when_it_expires_or_is_altered()
    {
        await using var silo = await DomainSilo.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var grant = BlobGrantToken.Decode((await silo.SessionData.IssueGrantAsync(silo.FacilityId, "s-one", SessionDataAccess.Read, ct)).Token);

        var widened = grant with { Prefix = $"{silo.FacilityId}/" };
        Assert.Throws<BlobAccessDeniedException>(() => silo.Backend.Signer.Verify(widened));
        Assert.Throws<BlobAccessDeniedException>(() => BlobGrantToken.Decode("not-a-token!"));

        silo.Clock.Advance(TimeSpan.FromHours(24));
        Assert.Throws<BlobGrantExpiredException>(() => silo.Backend.Signer.Verify(grant));
    }

    [Fact]
    public async Task The_file_list_pages_through_a_session_with_download_links_for_that_session_only()
    {
        await using var silo = await DomainSilo.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await silo.PutFileAsync("s-one", "grid_1/a.tif", [1]);
        await silo.PutFileAsync("s-one", "grid_1/b.tif", [1, 2]);
        await silo.PutFileAsync("s-one", "grid_2/c.tif", [1, 2, 3]);
        await silo.PutFileAsync("s-two", "grid_1/x.tif", [9]);

        var first = await silo.SessionData.ListFilesAsync(silo.FacilityId, "s-one", 2, null, ct);
        var second = await silo.SessionData.ListFilesAsync(silo.FacilityId, "s-one", 2, first.ContinuationToken, ct);

        Assert.Equal(["grid_1/a.tif", "grid_1/b.tif"], first.Files.Select(f => f.Path));
        Assert.Equal(["grid_2/c.tif"], second.Files.Select(f => f.Path));
        Assert.Null(second.ContinuationToken);
        Assert.Equal(3, second.Files[0].SizeBytes);
        var link = first.Files[0].DownloadUrl;
        Assert.StartsWith($"/files/{silo.FacilityId}/s-one/grid_1/a.tif?token=", link, StringComparison.Ordinal);
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        var grant = BlobGrantToken.Decode(token);
        Assert.Throws<BlobAccessDeniedException>(() => grant.EnsureAllows(BlobKey.Parse($"{silo.FacilityId}/s-two/grid_1/x.tif"), BlobPermissions.Read, silo.Clock.GetUtcNow()));
        Assert.Throws<BlobAccessDeniedException>(() => grant.EnsureAllows(BlobKey.Parse($"{silo.FacilityId}/s-one/grid_1/new.tif"), BlobPermissions.Write, silo.Clock.GetUtcNow()));
    }
}
