using Platform.Transfer.Queue;
using Platform.Transfer.Tests.Fixtures;
using Platform.Transfer.Track;
using Platform.Transfer.Uploading;

namespace Platform.Transfer.Tests.Track;

public sealed class TrackControlTests(AzuriteServer azurite) : IDisposable
{
    private readonly HttpClient _http = new();
    private readonly string _container = "c" + Guid.NewGuid().ToString("N")[..12];

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Stop_interrupts_an_upload_and_the_next_start_resumes_it_from_the_blocks_storage_holds()
    {
        var token = TestContext.Current.CancellationToken;
        var platform = await azurite.CreateContainerAsync(_http, _container, token);
        var grants = new AzuriteGrantSource(_http, azurite.Options(_container), AzuriteServer.AccountKey, "fac/s1/", TimeSpan.FromHours(1), TimeProvider.System)
        {
            Wrap = store => new PacedBlobStore(store, TimeSpan.FromMilliseconds(20)),
        };
        await using var harness = new TrackHarness(grants, new UploadSettings { BlockSizeBytes = 16 * 1024, Parallelism = 2 });
        var content = File.ReadAllBytes(harness.Frames.Write("movie.tif", 64 * 16 * 1024, seed: 3));
        await harness.Track.StartAsync(token);
        await harness.Reporter.WaitForAsync<Reporting.TransferProgress>(p => p.BytesSent >= 16 * 16 * 1024, "a quarter of the file to be sent");

        await harness.Track.StopAsync(token);
        Assert.Equal(TrackState.NotRunning, harness.Track.Status.State);
        Assert.Equal(TransferState.Started, harness.Queue.Find("movie.tif")!.State);
        await harness.Track.StartAsync(token);
        var done = await harness.Reporter.CompletedAsync("movie.tif");

        Assert.True(done.Result.BytesReused >= 16 * 16 * 1024, $"resumed {done.Result.BytesReused} bytes");
        Assert.Equal(content.Length, done.Result.BytesSent + done.Result.BytesReused);
        Assert.Equal(2, done.Item.Attempts);
        Assert.Equal(content, await TrackHarness.ReadAsync(platform, "fac/s1/movie.tif"));
        var states = harness.Reporter.All<TrackStatus>().Select(s => s.State).Distinct().ToList();
        Assert.Equal([TrackState.Starting, TrackState.Waiting, TrackState.Running, TrackState.Stopping, TrackState.NotRunning], states.Take(5));
    }

    [Fact]
    public async Task An_expired_grant_is_replaced_by_a_new_one_and_the_upload_carries_on_from_its_staged_blocks()
    {
        var token = TestContext.Current.CancellationToken;
        var platform = await azurite.CreateContainerAsync(_http, _container, token);
        var grantClock = new Platform.Testing.ManualTimeProvider(DateTimeOffset.UtcNow);
        var grants = new AzuriteGrantSource(_http, azurite.Options(_container), AzuriteServer.AccountKey, "fac/s1/", TimeSpan.FromMinutes(10), grantClock)
        {
            Wrap = store => new PacedBlobStore(store, TimeSpan.FromMilliseconds(10)),
        };
        await using var harness = new TrackHarness(grants, new UploadSettings { BlockSizeBytes = 16 * 1024, Parallelism = 2, RenewGrantBefore = TimeSpan.Zero });
        var content = File.ReadAllBytes(harness.Frames.Write("movie.tif", 40 * 16 * 1024, seed: 4));
        var expired = 0;
        harness.Reporter.OnProgress = progress =>
        {
            // The grant's clock jumps past its expiry once, a few blocks in.
            if (progress.BytesSent >= 8 * 16 * 1024 && Interlocked.Exchange(ref expired, 1) == 0)
            {
                grantClock.Advance(TimeSpan.FromMinutes(11));
            }
        };

        await harness.Track.StartAsync(token);
        var done = await harness.Reporter.CompletedAsync("movie.tif");

        Assert.Equal(2, grants.Issued);
        Assert.True(done.Result.BytesReused > 0, "the renewed attempt reused the blocks staged under the expired grant");
        Assert.Equal(1, done.Item.Attempts);
        Assert.Contains(harness.Track.RecentLog, line => line.Message.Contains("asking for a new one", StringComparison.Ordinal));
        Assert.Equal(content, await TrackHarness.ReadAsync(platform, "fac/s1/movie.tif"));
    }
}
