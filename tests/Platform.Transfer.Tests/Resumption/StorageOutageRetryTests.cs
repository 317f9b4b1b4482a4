using Platform.Transfer.Tests.Fixtures;
using Platform.Transfer.Uploading;

namespace Platform.Transfer.Tests.Resumption;

public sealed class StorageOutageRetryTests(PrivateAzuriteServer azurite) : IClassFixture<PrivateAzuriteServer>, IDisposable
{
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

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
