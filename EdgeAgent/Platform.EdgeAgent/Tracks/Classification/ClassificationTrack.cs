using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Tracks.Classification;

/// <summary>
/// The 2D classification track (nextPYP's third track): takes the pre-processing track's aligned sums and picks as they appear,
/// each once and in order, extracts the particles into small Fourier-binned boxes, updates a streaming 2D classifier and
/// publishes class averages as <see cref="ClassAveragesReport"/>s. Its model and bookkeeping are saved atomically in its folder
/// after every update, so an agent restart continues where it stopped; Clear forgets them. Start, Stop and Clear are
/// serialised and may be repeated; the work runs in the background (ClassificationTrack.Work.cs).
/// </summary>
public sealed partial class ClassificationTrack(ClassificationTrackOptions options) : IAgentTrack
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CancellationTokenSource? _stop;
    private Task _work = Task.CompletedTask;
    private TrackSession? _session;
    private volatile TrackSnapshot _snapshot = TrackSnapshot.NotRunning;

    public TrackKind Kind => TrackKind.Classification2D;

    public TrackSnapshot Snapshot => _snapshot;

    /// <summary>Completes when the background work ends (stopped, failed or cancelled); tests await it.</summary>
    public Task Completion => _work;

    public async Task StartAsync(TrackSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_work.IsCompleted && _session == session)
            {
                return;
            }

            await StopWorkAsync().ConfigureAwait(false);
            _session = session;
            _stop = new CancellationTokenSource();
            await ReportAsync(session, TrackRunState.Starting, _snapshot.Progress, null, cancellationToken).ConfigureAwait(false);
            var token = _stop.Token;
            _work = Task.Run(() => RunAsync(session, token), CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wasRunning = !_work.IsCompleted;
            await StopWorkAsync().ConfigureAwait(false);
            if (_session is { } session && (wasRunning || _snapshot.State != TrackRunState.NotRunning))
            {
                await ReportAsync(session, TrackRunState.NotRunning, _snapshot.Progress, "stopped", cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StopWorkAsync().ConfigureAwait(false);
            if (_session is { } session)
            {
                new ClassificationStore(session.FolderOf(Kind)).Clear();
                await LogAsync(session, "Cleared: the model and its bookkeeping are deleted; a start classifies every micrograph again.", cancellationToken).ConfigureAwait(false);
                await ReportAsync(session, TrackRunState.NotRunning, TrackProgress.None, "cleared", cancellationToken).ConfigureAwait(false);
            }

            _snapshot = TrackSnapshot.NotRunning;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopWorkAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    private async Task StopWorkAsync()
    {
        if (_stop is { } stop)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await _work.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            stop.Dispose();
            _stop = null;
        }
    }

    private async Task ReportAsync(TrackSession session, TrackRunState state, TrackProgress progress, string? message, CancellationToken cancellationToken)
    {
        _snapshot = new TrackSnapshot(state, progress, message);
        await session.Link.EnqueueAsync(
            new TrackStatusReport(Key(session, "status"), session.SessionId, session.Time.GetUtcNow(), Kind, state, progress, message),
            cancellationToken).ConfigureAwait(false);
    }

    private Task LogAsync(TrackSession session, string message, CancellationToken cancellationToken) =>
        session.Link.EnqueueAsync(
            new LogReport(Key(session, "log"), session.SessionId, session.Time.GetUtcNow(), LogPanel.Classification2D, message),
            cancellationToken).AsTask();

    private static string Key(TrackSession session, string what) => $"{session.SessionId}/classification2d/{what}/{Guid.NewGuid():N}";
}
