using Platform.Testing;
using Platform.Blobs.Azure;
using Platform.Blobs.Keys;
using Platform.Blobs.Tests.Fixtures;
using Platform.Blobs.Upload;

namespace Platform.Blobs.Tests.Azure;

/// <summary>Uploads survive the storage service going away and coming back (on an Azurite of their own).</summary>
public sealed class AzuriteRestartTests(PrivateAzuriteFixture azurite) : IClassFixture<PrivateAzuriteFixture>
{
    [Fact]
    public async Task Upload_completes_when_azurite_is_restarted_in_the_middle()
    {
        var token = TestContext.Current.CancellationToken;
        using var http = new HttpClient();
        var options = new AzureBlobStoreOptions(azurite.AccountUri, AzuriteFixture.AccountName, "restart")
        {
            // Retries span at least 33 s (half of 0.2+0.4+0.8+1.6+3.2+15×4 s); a restart of Azurite
            // from its folder took 2 s to stop and up to 8 s to answer again on this machine, more under load.
            MaxAttempts = 20,
            InitialBackoff = TimeSpan.FromMilliseconds(200),
            MaxBackoff = TimeSpan.FromSeconds(4),
        };
        var store = new AzureBlobStore(http, options, new AzureSharedKeyAuthorizer(AzuriteFixture.AccountName, AzuriteFixture.AccountKey), TimeProvider.System);
        await store.CreateContainerIfMissingAsync(token);
        var key = BlobKey.Parse("fac/20261121_Restart/grid1/movie.tif");
        var content = new byte[40 * 1000];
        new Random(40).NextBytes(content);
        Task? restart = null;
        var flaky = new InterceptingBlobStore(store)
        {
            AfterStaged = async staged =>
            {
                if (staged == 8)
                {
                    await azurite.StopAsync();
                    // Back only after the uploader has met refused connections.
                    restart = azurite.StartAgainAsync();
                }
            },
        };

        var result = await new BlockUploader(flaky, new BlockUploadOptions { BlockSizeBytes = 1000, Parallelism = 3 })
            .UploadAsync(new MemoryStream(content), key, token);

        await restart!;
        Assert.Equal(40, result.BlocksUploaded + result.BlocksReused);
        await using var stored = await store.OpenReadAsync(key, null, token);
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy, token);
        Assert.Equal(content, copy.ToArray());
    }
}
