using Platform.Transfer.Grants;
using Platform.Transfer.Queue;
using Platform.Transfer.Reporting;

namespace Platform.Transfer.Track;

/// <summary>
/// The agent's transfer track: watches the frames folder, queues complete files durably, and uploads them one
/// at a time (each in parallel blocks) with the platform's grant. Start / Restart / Clear / Stop / Finish, its
/// <see cref="Status"/> and <see cref="RecentLog"/> follow the nextPYP track model.
/// </summary>
/// <remarks>
/// Control calls are serialized. Stopping interrupts the current upload; it resumes from the blocks storage
/// already holds on the next start, as it does after the agent was killed. The queue survives both.
/// </remarks>
public sealed partial class TransferTrack : IAsyncDisposable
{
    private readonly TransferQueue _queue;
    private readonly IUploadGrantSource _grantSource;
    private readonly ITransferReporter _reporter;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _control = new(1, 1);
    private readonly Lock _stateLock = new();
    private TrackLog _log;
    private TransferTrackOptions _options;
    private TrackState _state = TrackState.NotRunning;
    private string? _message;
    private string? _current;
    private double _lastBytesPerSecond;
    private CancellationTokenSource? _run;
    private Task _loop = Task.CompletedTask;
    private TaskCompletionSource<TrackStatus>? _finished;

    public TransferTrack(TransferTrackOptions options, TransferQueue queue, IUploadGrantSource grantSource, ITransferReporter reporter, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _queue = queue;
        _grantSource = grantSource;
        _reporter = reporter;
        _timeProvider = timeProvider;
        _log = new TrackLog(reporter, timeProvider, options.RecentLogLines);
    }

    /// <summary>The track's state, why it is in it, the queue's counts and the file being sent.</summary>
    public TrackStatus Status
    {
        get
        {
            lock (_stateLock)
            {
                return new TrackStatus(_state, _message, _queue.Counts(), _current, _lastBytesPerSecond);
            }
        }
    }

    /// <summary>The most recent log lines, oldest first.</summary>
    public IReadOnlyList<TransferLogLine> RecentLog => _log.Recent();

    /// <summary>Starts watching and uploading; does nothing when already running.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _control.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            StartLocked();
        }
        finally
        {
            _control.Release();
        }
    }

    /// <summary>Stops; the current upload is interrupted and resumes on the next start. Returns once the track is not running.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _control.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StopLockedAsync().ConfigureAwait(false);
        }
        finally
        {
            _control.Release();
        }
    }

    /// <summary>Stops (if running) and starts again, with <paramref name="options"/> when given (new folder, block size, ...).</summary>
    public async Task RestartAsync(TransferTrackOptions? options, CancellationToken cancellationToken)
    {
        await _control.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StopLockedAsync().ConfigureAwait(false);
            if (options is not null)
            {
                _options = options;
                _log = new TrackLog(_reporter, _timeProvider, options.RecentLogLines);
            }

            StartLocked();
        }
        finally
        {
            _control.Release();
        }
    }

    /// <summary>
    /// Forgets files in error or skipped, recorded duplicates, and the log, so the folder is looked at afresh;
    /// completed files stay recorded (they keep a file from being sent twice). Stops and restarts a running track.
    /// </summary>
    public async Task<int> ClearAsync(CancellationToken cancellationToken)
    {
        await _control.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wasRunning = IsRunning;
            await StopLockedAsync().ConfigureAwait(false);
            var cleared = _queue.ClearFailed();
            _log.Clear();
            _log.Info($"Cleared {cleared} failed or skipped file(s) and the recorded duplicates.");
            if (wasRunning)
            {
                StartLocked();
            }

            return cleared;
        }
        finally
        {
            _control.Release();
        }
    }

    /// <summary>
    /// The session is over: sends everything found and queued, then ends in <see cref="TrackState.Finished"/>
    /// (or <see cref="TrackState.Error"/>). Starts the track if it is not running. Returns the final status.
    /// </summary>
    public async Task<TrackStatus> FinishAsync(CancellationToken cancellationToken)
    {
        Task<TrackStatus> finished;
        await _control.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _finished ??= new TaskCompletionSource<TrackStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
            finished = _finished.Task;
            StartLocked();
            Wake();
        }
        finally
        {
            _control.Release();
        }

        return await finished.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _control.Dispose();
    }

    private bool IsRunning => _run is not null && !_loop.IsCompleted;

    private void StartLocked()
    {
        if (IsRunning)
        {
            return;
        }

        _run?.Dispose();
        SetState(TrackState.Starting, null);
        _run = new CancellationTokenSource();
        var options = _options;
        var token = _run.Token;
        _loop = Task.Run(() => RunAsync(options, token), CancellationToken.None);
    }

    private async Task StopLockedAsync()
    {
        if (_run is null)
        {
            return;
        }

        if (IsRunning)
        {
            SetState(TrackState.Stopping, null);
        }

        await _run.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _run.Dispose();
        _run = null;
        _finished?.TrySetCanceled();
        _finished = null;
        SetState(TrackState.NotRunning, null);
    }
}
