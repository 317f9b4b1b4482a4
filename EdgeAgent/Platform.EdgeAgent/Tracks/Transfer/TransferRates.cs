using Platform.Transfer.Reporting;

namespace Platform.EdgeAgent.Tracks.Transfer;

/// <summary>
/// Recent transfer rates from the last <see cref="Window"/> completed files: files per hour (from the spacing of their
/// completions) and bytes per second (bytes sent over the time spent sending them). Null until measurable. Not thread safe.
/// </summary>
public sealed class TransferRates(TimeProvider time)
{
    public const int Window = 20;

    private readonly Queue<(long At, long BytesSent, TimeSpan Elapsed)> _recent = new();

    public void Completed(FileTransferResult result)
    {
        _recent.Enqueue((time.GetTimestamp(), result.BytesSent, result.Elapsed));
        while (_recent.Count > Window)
        {
            _recent.Dequeue();
        }
    }

    /// <summary>Files per hour over the recent completions; null with fewer than two.</summary>
    public double? ItemsPerHour()
    {
        if (_recent.Count < 2)
        {
            return null;
        }

        var span = time.GetElapsedTime(_recent.Peek().At, _recent.Last().At);
        return span > TimeSpan.Zero ? (_recent.Count - 1) / span.TotalHours : null;
    }

    /// <summary>Bytes sent per second of sending over the recent files; null before any file was sent.</summary>
    public double? BytesPerSecond()
    {
        var seconds = _recent.Sum(r => r.Elapsed.TotalSeconds);
        return seconds > 0 ? _recent.Sum(r => r.BytesSent) / seconds : null;
    }
}
