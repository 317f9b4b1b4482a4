using Platform.Transfer.Queue;
using Platform.Transfer.Tests.Fixtures;
using Platform.Transfer.Track;

namespace Platform.Transfer.Tests.Track;

public sealed class TransferToFileSystemTests : IDisposable
{
    private readonly TempFolder _storage = new();

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task Files_arrive_in_the_filesystem_store_verified_and_the_track_finishes()
    {
        var token = TestContext.Current.CancellationToken;
        var grants = new FileSystemGrantSource(_storage.Path, "fac/s1/", TimeProvider.System);
        await using var harness = new TrackHarness(grants);
        var movie = File.ReadAllBytes(harness.Frames.Write("grid1/movie_0001.mrc", 300_000, seed: 7));

        var final = await harness.Track.FinishAsync(token);

        Assert.Equal((TrackState.Finished, 1), (final.State, final.Counts.Completed));
        var sent = Assert.Single(harness.Reporter.All<RecordingReporter.FileCompletedEvent>());
        Assert.Equal((300_000L, 2), (sent.Result.BytesSent, sent.Result.ReadBackBlocks));
        Assert.Equal(movie, await TrackHarness.ReadAsync(grants.Store, "fac/s1/grid1/movie_0001.mrc"));
        Assert.Equal(TrackHarness.Sha256Of(movie), sent.Result.Sha256);
    }

    [Fact]
    public async Task A_missing_frames_folder_puts_the_track_in_error_with_the_reason_and_a_start_after_it_exists_recovers()
    {
        var token = TestContext.Current.CancellationToken;
        await using var harness = new TrackHarness(new FileSystemGrantSource(_storage.Path, "fac/s1/", TimeProvider.System));
        Directory.Delete(harness.Frames.Path);

        await harness.Track.StartAsync(token);
        var error = await harness.Reporter.StateAsync(TrackState.Error);

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal(TrackState.Error, harness.Track.Status.State);
        Assert.Contains(harness.Track.RecentLog, line => line.Level == Reporting.TransferLogLevel.Error && line.Message.Contains("does not exist", StringComparison.Ordinal));

        Directory.CreateDirectory(harness.Frames.Path);
        harness.Frames.Write("movie.tif", 10, seed: 1);
        await harness.Track.StartAsync(token);
        await harness.Reporter.CompletedAsync("movie.tif");
        await harness.Track.StopAsync(token);
        Assert.Equal(TrackState.NotRunning, harness.Track.Status.State);
    }

    [Fact]
    public async Task A_source_deleted_after_it_was_queued_fails_without_retrying_and_the_track_carries_on()
    {
        var token = TestContext.Current.CancellationToken;
        var grants = new FileSystemGrantSource(_storage.Path, "fac/s1/", TimeProvider.System);
        await using var harness = new TrackHarness(grants);
        var doomed = harness.Frames.Write("a.tif", 10, seed: 1);
        var queued = harness.Queue.Enqueue(new ReadyFile(doomed, "a.tif", 10, new DateTimeOffset(File.GetLastWriteTimeUtc(doomed), TimeSpan.Zero)));
        File.Delete(doomed);
        harness.Frames.Write("b.tif", 10, seed: 2);

        await harness.Track.StartAsync(token);
        var failed = await harness.Reporter.WaitForAsync<RecordingReporter.FileFailedEvent>(f => f.Item.BlobName == "a.tif", "a.tif to fail");
        await harness.Reporter.CompletedAsync("b.tif");

        Assert.False(failed.WillRetry);
        Assert.Equal((TransferState.Error, 1), (failed.Item.State, failed.Item.Attempts));
        Assert.Contains("is gone", failed.Error, StringComparison.Ordinal);
        Assert.Equal(EnqueueOutcome.Queued, queued.Outcome);
    }
}
