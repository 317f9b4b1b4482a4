using Platform.Testing;
using Platform.Transfer.Queue;
using Platform.Transfer.Tests.Fixtures;

namespace Platform.Transfer.Tests.Queue;

public sealed class QueueDiskFullTests
{
    private static readonly DateTimeOffset _modified = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_full_disk_gives_a_typed_error_and_loses_nothing_that_was_acknowledged()
    {
        using var disk = new SmallDisk(sizeKiB: 512);
        var clock = new ManualTimeProvider();
        var path = Path.Combine(disk.Path, "queue.db");
        var acknowledged = new List<string>();
        TransferQueueFullException? full = null;
        using (var queue = TransferQueue.Open(path, clock))
        {
            queue.Enqueue(new ReadyFile("/frames/first.tif", "first.tif", 1, _modified));
            acknowledged.Add("first.tif");
            disk.Fill();
            for (var i = 0; i < 10_000 && full is null; i++)
            {
                var name = $"grid1/movie_{i:D5}_with_a_long_name_to_fill_pages_faster.tif";
                try
                {
                    queue.Enqueue(new ReadyFile("/frames/" + name, name, i, _modified));
                    acknowledged.Add(name);
                }
                catch (TransferQueueFullException e)
                {
                    full = e;
                }
            }

            Assert.NotNull(full);
            Assert.Contains("out of disk space", full.Message, StringComparison.Ordinal);
            Assert.Equal(path, full.QueuePath);
            disk.Free();
        }

        using var reopened = TransferQueue.Open(path, clock);
        Assert.All(acknowledged, name => Assert.NotNull(reopened.Find(name)));
        Assert.Equal(acknowledged.Count, reopened.Counts().Queued);
        Assert.Equal(EnqueueOutcome.Queued, reopened.Enqueue(new ReadyFile("/frames/after.tif", "after.tif", 1, _modified)).Outcome);
    }
}
