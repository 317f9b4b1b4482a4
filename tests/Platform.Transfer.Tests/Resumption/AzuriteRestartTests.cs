using Platform.Transfer.Tests.Fixtures;
using Platform.Transfer.Uploading;

namespace Platform.Transfer.Tests.Resumption;

public sealed class AzuriteRestartTests(PrivateAzuriteServer azurite) : IClassFixture<PrivateAzuriteServer>, IDisposable
{
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task An_upload_rides_out_azurite_being_stopped_and_restarted_in_the_middle()
    {
        var token = TestContext.Current.CancellationToken;
        var platform = await azurite.CreateContainerAsync(_http, "restart", token);
        var grants = new AzuriteGrantSource(_http, azurite.Options("restart"), AzuriteServer.AccountKey, "fac/s1/", TimeSpan.FromHours(1), TimeProvider.System)
        {
            Wrap = store => new PacedBlobStore(store, TimeSpan.FromMilliseconds(5)),
        };
        await using var harness = new TrackHarness(grants, new UploadSettings { BlockSizeBytes = 16 * 1024, Parallelism = 2, InitialRetryDelay = TimeSpan.FromMilliseconds(200) });
        var content = File.ReadAllBytes(harness.Frames.Write("movie.tif", 60 * 16 * 1024, seed: 5));
        Task? restart = null;
        var stopped = 0;
        harness.Reporter.OnProgress = progress =>
        {
            if (progress.BytesSent >= 10 * 16 * 1024 && Interlocked.Exchange(ref stopped, 1) == 0)
            {
                // Holds this sender until Azurite is down, so the rest of the upload meets refused connections;
                // it comes back in the background while the uploader retries.
                azurite.StopAsync().GetAwaiter().GetResult();
                restart = azurite.StartAgainAsync();
            }
        };

        await harness.Track.StartAsync(token);
        var done = await harness.Reporter.CompletedAsync("movie.tif");
        await restart!;

        Assert.Equal(content, await TrackHarness.ReadAsync(platform, "fac/s1/movie.tif"));
        Assert.Equal(TrackHarness.Sha256Of(content), done.Result.Sha256);
    }
}
