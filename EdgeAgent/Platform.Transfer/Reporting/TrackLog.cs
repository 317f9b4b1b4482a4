namespace Platform.Transfer.Reporting;

/// <summary>The track's log: keeps the most recent lines for status queries and forwards each to the reporter.</summary>
internal sealed class TrackLog(ITransferReporter reporter, TimeProvider timeProvider, int capacity)
{
    private readonly Queue<TransferLogLine> _recent = new();
    private readonly Lock _lock = new();

    public void Info(string message) => Write(TransferLogLevel.Info, message);

    public void Warning(string message) => Write(TransferLogLevel.Warning, message);

    public void Error(string message) => Write(TransferLogLevel.Error, message);

    public IReadOnlyList<TransferLogLine> Recent()
    {
        lock (_lock)
        {
            return [.. _recent];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _recent.Clear();
        }
    }

    private void Write(TransferLogLevel level, string message)
    {
        var line = new TransferLogLine(timeProvider.GetUtcNow(), level, message);
        lock (_lock)
        {
            _recent.Enqueue(line);
            while (_recent.Count > capacity)
            {
                _recent.Dequeue();
            }
        }

        reporter.Log(line);
    }
}
