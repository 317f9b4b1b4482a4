using Platform.Blobs.Upload;
using Platform.Testing;
using Platform.Transfer.Queue;
using Platform.Transfer.Tests.Fixtures;

namespace Platform.Transfer.Tests.Queue;

public sealed class TransferQueueTests : IDisposable
{
    private static readonly DateTimeOffset _modified = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Queued_files_and_their_blocks_survive_closing_and_reopening_the_queue()
    {
        var path = _folder.File("queue.db");
        using (var queue = TransferQueue.Open(path, _clock))
        {
            var item = queue.Enqueue(new ReadyFile("/frames/g1/a.tif", "g1/a.tif", 100, _modified)).Item;
            queue.MarkStarted(item.Id);
            queue.RecordBlock(item.Id, new UploadedBlock(0, "YmxvY2s=", [1, 2, 3], 60, Reused: false));
        }

        using var reopened = TransferQueue.Open(path, _clock);
        var found = reopened.Find("g1/a.tif")!;
        Assert.Equal(TransferState.Started, found.State);
        Assert.Equal(1, found.Attempts);
        Assert.Equal(_modified, found.ModifiedAt);
        var block = Assert.Single(reopened.Blocks(found.Id));
        Assert.Equal(new byte[] { 1, 2, 3 }, block.Md5);
        Assert.Equal(found, reopened.NextDue(_clock.GetUtcNow()));
    }

    [Fact]
    public void The_same_file_offered_again_is_already_known_and_changes_nothing()
    {
        using var queue = TransferQueue.Open(_folder.File("queue.db"), _clock);
        var file = new ReadyFile("/frames/a.tif", "a.tif", 100, _modified);
        Assert.Equal(EnqueueOutcome.Queued, queue.Enqueue(file).Outcome);
        Assert.Equal(EnqueueOutcome.AlreadyKnown, queue.Enqueue(file).Outcome);
        Assert.Equal(1, queue.Counts().Queued);
    }

    [Fact]
    public void A_different_file_under_a_taken_name_is_recorded_once_as_a_duplicate_and_not_queued()
    {
        using var queue = TransferQueue.Open(_folder.File("queue.db"), _clock);
        var first = queue.Enqueue(new ReadyFile("/frames/a.tif", "a.tif", 100, _modified)).Item;
        var rewritten = new ReadyFile("/frames/a.tif", "a.tif", 120, _modified.AddMinutes(1));

        var result = queue.Enqueue(rewritten);
        var again = queue.Enqueue(rewritten);

        Assert.Equal(EnqueueOutcome.Duplicate, result.Outcome);
        Assert.Equal(first, result.Duplicate!.Existing);
        Assert.Equal(120, result.Duplicate.SizeBytes);
        Assert.Equal(EnqueueOutcome.AlreadyKnown, again.Outcome);
        Assert.Equal(new QueueCounts(1, 0, 0, 0, 0, 1, 0, 100), queue.Counts());
        Assert.Equal(100, queue.Find("a.tif")!.SizeBytes);
    }

    [Fact]
    public void A_failed_attempt_waits_for_its_retry_time_and_a_final_failure_leaves_it_in_error()
    {
        using var queue = TransferQueue.Open(_folder.File("queue.db"), _clock);
        var item = queue.Enqueue(new ReadyFile("/frames/a.tif", "a.tif", 100, _modified)).Item;
        queue.MarkStarted(item.Id);
        queue.MarkFailed(item.Id, "storage unavailable", _clock.GetUtcNow().AddSeconds(30));

        Assert.Null(queue.NextDue(_clock.GetUtcNow()));
        Assert.Equal(_clock.GetUtcNow().AddSeconds(30), queue.NextDueAt());
        _clock.Advance(TimeSpan.FromSeconds(30));
        var due = queue.NextDue(_clock.GetUtcNow())!;
        Assert.Equal(("storage unavailable", TransferState.Queued, 1), (due.LastError, due.State, due.Attempts));

        queue.MarkStarted(item.Id);
        var failed = queue.MarkFailed(item.Id, "gave up", retryAt: null);
        Assert.Equal((TransferState.Error, 2), (failed.State, failed.Attempts));
        Assert.Null(queue.NextDue(_clock.GetUtcNow().AddDays(1)));
    }

    [Fact]
    public void Clearing_forgets_failed_skipped_and_duplicates_but_keeps_completed_files()
    {
        using var queue = TransferQueue.Open(_folder.File("queue.db"), _clock);
        var done = queue.Enqueue(new ReadyFile("/f/done.tif", "done.tif", 1, _modified)).Item;
        var failed = queue.Enqueue(new ReadyFile("/f/failed.tif", "failed.tif", 1, _modified)).Item;
        var skipped = queue.Enqueue(new ReadyFile("/f/skipped.tif", "skipped.tif", 1, _modified)).Item;
        queue.Enqueue(new ReadyFile("/f/other/done.tif", "done.tif", 2, _modified));
        queue.MarkCompleted(done.Id, "aa");
        queue.MarkFailed(failed.Id, "broken", null);
        queue.MarkSkipped(skipped.Id, "taken", "bb");

        Assert.Equal(2, queue.ClearFailed());

        Assert.Equal(new QueueCounts(0, 0, 1, 0, 0, 0, 1, 0), queue.Counts());
        Assert.Equal(EnqueueOutcome.Queued, queue.Enqueue(new ReadyFile("/f/failed.tif", "failed.tif", 1, _modified)).Outcome);
    }

    [Fact]
    public void A_block_recorded_again_at_its_index_replaces_the_older_record()
    {
        using var queue = TransferQueue.Open(_folder.File("queue.db"), _clock);
        var item = queue.Enqueue(new ReadyFile("/f/a.tif", "a.tif", 8, _modified)).Item;
        queue.RecordBlock(item.Id, new UploadedBlock(1, "b2xk", [9], 4, Reused: false));
        queue.RecordBlock(item.Id, new UploadedBlock(0, "Zmlyc3Q=", [1], 4, Reused: false));
        queue.RecordBlock(item.Id, new UploadedBlock(1, "bmV3", [2], 4, Reused: true));

        Assert.Equal(["Zmlyc3Q=", "bmV3"], queue.Blocks(item.Id).Select(b => b.BlockId));
    }

    [Fact]
    public void A_queue_file_that_is_not_a_database_gives_a_typed_error()
    {
        var path = _folder.File("queue.db");
        File.WriteAllText(path, "this is not an SQLite database, just text that is long enough to have a header........");

        var error = Assert.ThrowsAny<TransferQueueException>(() => TransferQueue.Open(path, _clock));

        Assert.Equal(path, error.QueuePath);
    }
}
