using System.Threading.Channels;
using Platform.AgentLink.Contracts;
using Platform.Transfer.Queue;
using Platform.Transfer.Reporting;
using TransferTrackState = Platform.Transfer.Track.TrackState;
using TransferTrackStatus = Platform.Transfer.Track.TrackStatus;

namespace Platform.EdgeAgent.Tracks.Transfer;

/// <summary>
/// Turns what the transfer track does into reports on the platform link: every log line as a <see cref="LogReport"/> on the
/// TRANSFER panel, every stored movie as a <see cref="MicrographReport"/> (<see cref="TransferredMovieReports"/>), and
/// <see cref="TrackStatusReport"/>s — at once when the state changes, otherwise at most every <see cref="MinReportInterval"/>
/// (progress and completions in between are folded into the next one). The track calls it from
/// several threads and it must not block or throw: reports go through a channel to one pump that enqueues them in order.
/// </summary>
public sealed class TransferStatusReporter : ITransferReporter, IAsyncDisposable
{
    public static readonly TimeSpan MinReportInterval = TimeSpan.FromSeconds(2);

    private readonly string _sessionId;
    private readonly IPlatformLink _link;
    private readonly TimeProvider _time;
    private readonly Channel<AgentReport> _reports = Channel.CreateUnbounded<AgentReport>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _pump;
    private readonly Lock _lock = new();
    private readonly TransferRates _rates;
    private TransferTrackStatus? _status;
    private TransferProgress? _current;
    private long _lastReportAt = long.MinValue;

    public TransferStatusReporter(string sessionId, IPlatformLink link, TimeProvider time)
    {
        _sessionId = sessionId;
        _link = link;
        _time = time;
        _rates = new TransferRates(time);
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>The latest state and counters (what the last status report said, or newer).</summary>
    public TrackSnapshot Snapshot
    {
        get
        {
            lock (_lock)
            {
                return _status is null ? TrackSnapshot.NotRunning : new TrackSnapshot(Map(_status.State), ProgressLocked(), _status.Message);
            }
        }
    }

    /// <summary>Reports that enqueueing failed (e.g. the outbox's disk is full); they are counted, never thrown into the track.</summary>
    public int LostReports { get; private set; }

    public void FileQueued(TransferItem item) => ReportIfDue(force: false);

    public void Progress(TransferProgress progress)
    {
        lock (_lock)
        {
            _current = progress;
        }

        ReportIfDue(force: false);
    }

    public void FileCompleted(TransferItem item, FileTransferResult result)
    {
        lock (_lock)
        {
            _current = null;
            _rates.Completed(result);
        }

        if (TransferredMovieReports.From(_sessionId, item, result, _time.GetUtcNow()) is { } movie)
        {
            _reports.Writer.TryWrite(movie);
        }

        ReportIfDue(force: false);
    }

    public void FileFailed(TransferItem item, string error, bool willRetry)
    {
        lock (_lock)
        {
            _current = null;
        }

        ReportIfDue(force: false);
    }

    public void DuplicateFound(DuplicateFile duplicate) => ReportIfDue(force: false);

    public void StatusChanged(TransferTrackStatus status)
    {
        lock (_lock)
        {
            _status = status;
        }

        ReportIfDue(force: true);
    }

    public void Log(TransferLogLine line)
    {
        var text = line.Level == TransferLogLevel.Info ? line.Message : $"{line.Level}: {line.Message}";
        _reports.Writer.TryWrite(new LogReport($"{_sessionId}/transfer/log/{Guid.NewGuid():N}", _sessionId, line.At, LogPanel.Transfer, text[..Math.Min(text.Length, 4000)]));
    }

    /// <summary>Sends a status report now (e.g. after a clear), whatever the interval.</summary>
    public void ReportNow() => ReportIfDue(force: true);

    public async ValueTask DisposeAsync()
    {
        _reports.Writer.TryComplete();
        await _pump.ConfigureAwait(false);
    }

    private void ReportIfDue(bool force)
    {
        TrackSnapshot snapshot;
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            if (_status is null || (!force && _lastReportAt != long.MinValue && _time.GetElapsedTime(_lastReportAt, now) < MinReportInterval))
            {
                return;
            }

            _lastReportAt = now;
            snapshot = new TrackSnapshot(Map(_status.State), ProgressLocked(), _status.Message);
        }

        _reports.Writer.TryWrite(new TrackStatusReport($"{_sessionId}/transfer/status/{Guid.NewGuid():N}", _sessionId, _time.GetUtcNow(), TrackKind.Transfer, snapshot.State, snapshot.Progress, snapshot.Message));
    }

    private TrackProgress ProgressLocked()
    {
        var counts = _status!.Counts;
        var inFlight = _current is { } current ? current.BytesSent + current.BytesReused : 0;
        return new TrackProgress(counts.Completed, counts.Queued + counts.Started, counts.Error + counts.Skipped, counts.CompletedBytes + inFlight,
            _rates.ItemsPerHour(), _current?.BytesPerSecond is > 0 and var rate ? rate : _rates.BytesPerSecond());
    }

    private async Task PumpAsync()
    {
        await foreach (var report in _reports.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                await _link.EnqueueAsync(report, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LostReports++;
            }
        }
    }

    private static TrackRunState Map(TransferTrackState state) => state switch
    {
        TransferTrackState.NotRunning => TrackRunState.NotRunning,
        TransferTrackState.Waiting => TrackRunState.Waiting,
        TransferTrackState.Starting => TrackRunState.Starting,
        TransferTrackState.Running => TrackRunState.Running,
        TransferTrackState.Stopping => TrackRunState.Stopping,
        TransferTrackState.Finished => TrackRunState.Finished,
        _ => TrackRunState.Error,
    };
}
