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

    [Fact]
    public async Task A_file_whose_attempt_failed_while_storage_was_down_is_retried_after_a_backoff_and_arrives()
    {
        var token = TestContext.Current.CancellationToken;
        var platform = await azurite.CreateContainerAsync(_http, "retry", token);
        // Few, quick request retries, so the outage outlasts them and the file-level retry has to act.
        var options = azurite.Options("retry") with { MaxAttempts = 2, InitialBackoff = TimeSpan.FromMilliseconds(20), MaxBackoff = TimeSpan.FromMilliseconds(40) };
        var grants = new AzuriteGrantSource(_http, options, AzuriteServer.AccountKey, "fac/s1/", TimeSpan.FromHours(1), TimeProvider.System);
        await using var harness = new TrackHarness(grants, new UploadSettings { BlockSizeBytes = 16 * 1024, Parallelism = 2, InitialRetryDelay = TimeSpan.FromMilliseconds(400) });
        var content = File.ReadAllBytes(harness.Frames.Write("movie.tif", 8 * 16 * 1024, seed: 6));
        await azurite.StopAsync();

        await harness.Track.StartAsync(token);
        var failed = await harness.Reporter.WaitForAsync<RecordingReporter.FileFailedEvent>(f => f.WillRetry, "a failed attempt that will be retried");
        await azurite.StartAgainAsync();
        var done = await harness.Reporter.CompletedAsync("movie.tif");

        Assert.Contains("BlobStoreUnavailableException", failed.Error, StringComparison.Ordinal);
        Assert.True(done.Item.Attempts >= 2, $"{done.Item.Attempts} attempts");
        Assert.Equal(content, await TrackHarness.ReadAsync(platform, "fac/s1/movie.tif"));
    }
}
