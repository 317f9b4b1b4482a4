using Platform.Transfer.Queue;
using Platform.Transfer.Reporting;
using Platform.Transfer.Track;

namespace Platform.Transfer.Tests.Fixtures;

/// <summary>A reporter that keeps every event and lets a test await the one it expects.</summary>
public sealed class RecordingReporter : ITransferReporter
{
    private readonly Lock _lock = new();
    private readonly List<object> _events = [];
    private readonly List<(Func<object, bool> Matches, TaskCompletionSource<object> Done)> _waiters = [];

    /// <summary>Called on every progress event, on the uploading thread (e.g. to kill something mid-upload).</summary>
    public Action<TransferProgress>? OnProgress { get; set; }

    public IReadOnlyList<object> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    public IReadOnlyList<T> All<T>() => [.. Events.OfType<T>()];

    /// <summary>The first event (past or future) of type <typeparamref name="T"/> matching <paramref name="matches"/>.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool> matches, string what, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_events.OfType<T>().FirstOrDefault(matches) is { } seen)
            {
                return seen;
            }

            _waiters.Add((e => e is T typed && matches(typed), done));
        }

        try
        {
            return (T)await done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out waiting for {what}. Log:\n" + string.Join("\n", All<TransferLogLine>().Select(l => $"{l.Level} {l.Message}")));
        }
    }

    public Task<FileCompletedEvent> CompletedAsync(string blobName) => WaitForAsync<FileCompletedEvent>(e => e.Item.BlobName == blobName, $"'{blobName}' to complete");

    public Task<TrackStatus> StateAsync(TrackState state) => WaitForAsync<TrackStatus>(s => s.State == state, $"the track to be {state}");

    public void FileQueued(TransferItem item) => Add(new FileQueuedEvent(item));

    public void Progress(TransferProgress progress)
    {
        Add(progress);
        OnProgress?.Invoke(progress);
    }

    public void FileCompleted(TransferItem item, FileTransferResult result) => Add(new FileCompletedEvent(item, result));

    public void FileFailed(TransferItem item, string error, bool willRetry) => Add(new FileFailedEvent(item, error, willRetry));

    public void DuplicateFound(DuplicateFile duplicate) => Add(duplicate);

    public void StatusChanged(TrackStatus status) => Add(status);

    public void Log(TransferLogLine line) => Add(line);

    private void Add(object e)
    {
        List<TaskCompletionSource<object>> done;
        lock (_lock)
        {
            _events.Add(e);
            done = [.. _waiters.Where(w => w.Matches(e)).Select(w => w.Done)];
            _waiters.RemoveAll(w => done.Contains(w.Done));
        }

        foreach (var waiter in done)
        {
            waiter.TrySetResult(e);
        }
    }

    /// <summary>A file entered the queue.</summary>
    public sealed record FileQueuedEvent(TransferItem Item);

    /// <summary>A file completed.</summary>
    public sealed record FileCompletedEvent(TransferItem Item, FileTransferResult Result);

    /// <summary>An attempt failed.</summary>
    public sealed record FileFailedEvent(TransferItem Item, string Error, bool WillRetry);
}
