using Platform.AgentLink.Contracts;
using Platform.Blobs.Azure;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Testing;
using Platform.Transfer.Grants;

namespace Platform.EdgeAgent.Tests.Tracks;

/// <summary>The track host's transfer track against Azurite, with per-blob SAS tokens from the platform's real issuer (the Azure backend's path).</summary>
public sealed class AzuriteTransferTrackTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task The_transfer_track_sends_a_movie_to_azure_storage_through_a_sas_per_blob_and_reports_it_done()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient();
        var options = new AzureBlobStoreOptions(azurite.AccountUri, AzuriteFixture.AccountName, "tracks-" + Guid.NewGuid().ToString("N")[..8]);
        var platformStore = new AzureBlobStore(http, options, new AzureSharedKeyAuthorizer(AzuriteFixture.AccountName, AzuriteFixture.AccountKey), TimeProvider.System);
        await platformStore.CreateContainerIfMissingAsync(ct);
        var signer = new BlobGrantSigner("edge-agent-tests-azure-grant-key-0123456789"u8.ToArray(), TimeProvider.System);
        var issuer = new AzureSasIssuer(options, AzuriteFixture.AccountKey, signer, TimeProvider.System);
        await using var bench = new TrackBench();
        bench.Grants = new TrackBench.DelegateGrantSource(() =>
        {
            var grant = signer.Issue(TrackBench.Prefix, BlobPermissions.Write, TimeSpan.FromHours(1));
            return new UploadGrant(grant, AzureBlobStore.ForGrant(http, options, grant, issuer, TimeProvider.System));
        });
        await using var host = bench.NewHost();
        var movie = TrackBench.WriteFile(Path.Combine(bench.FramesFolder, "grid_1", "1_apo_1_001.tif"), 500_000);

        await host.HandleAsync(TrackBench.Command(TrackKind.Transfer, TrackAction.Start, "c1"), ct);
        var done = await bench.Link.WaitForAsync<TrackStatusReport>("the movie sent to Azurite", r => r.Progress.ItemsDone == 1 && r.State == TrackRunState.Waiting);

        var key = BlobKey.Parse(TrackBench.Prefix + "frames/grid_1/1_apo_1_001.tif");
        await using var stored = await platformStore.OpenReadAsync(key, null, ct);
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy, ct);
        Assert.Equal(movie, copy.ToArray());
        Assert.Equal(500_000, done.Progress.BytesDone);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(movie)), (await platformStore.GetPropertiesAsync(key, ct))!.Sha256);
    }
}
