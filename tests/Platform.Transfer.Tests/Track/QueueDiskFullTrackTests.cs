using Platform.Transfer.Tests.Fixtures;
using Platform.Transfer.Track;

namespace Platform.Transfer.Tests.Track;

public sealed class QueueDiskFullTrackTests : IDisposable
{
    private readonly TempFolder _storage = new();

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task A_full_queue_disk_stops_the_track_in_error_and_after_space_is_freed_a_restart_sends_every_file()
    {
        var token = TestContext.Current.CancellationToken;
        // Room for the queue's WAL to grow through 40 files once space is back (it is reset only at a checkpoint).
        using var disk = new SmallDisk(sizeKiB: 8192);
        var grants = new FileSystemGrantSource(_storage.Path, "fac/s1/", TimeProvider.System);
        await using var harness = new TrackHarness(grants, queuePath: Path.Combine(disk.Path, "queue.db"));
        harness.Frames.Write("before.tif", 1000, seed: 1);
        await harness.Track.StartAsync(token);
        await harness.Reporter.CompletedAsync("before.tif");

        disk.Fill();
        var names = Enumerable.Range(0, 40).Select(i => $"grid1/movie_{i:D4}.tif").ToList();
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            harness.Frames.Write(name, 70_000, seed: 10 + i);
        }

        var error = await harness.Reporter.StateAsync(TrackState.Error);
        Assert.Contains("out of disk space", error.Message, StringComparison.Ordinal);

        disk.Free();
        await harness.Track.RestartAsync(null, token);
        foreach (var name in names)
        {
            await harness.Reporter.CompletedAsync(name);
        }

        var final = await harness.Track.FinishAsync(token);
        Assert.Equal((TrackState.Finished, 41, 0), (final.State, final.Counts.Completed, final.Counts.Error));
        foreach (var name in names)
        {
            var stored = await grants.Store.GetPropertiesAsync(Blobs.Keys.BlobKey.Parse("fac/s1/" + name), token);
            Assert.Equal(70_000, stored?.LengthBytes);
        }
    }
}
