using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Tracks;

/// <summary>
/// Runs the agent's streaming tracks: one <see cref="IAgentTrack"/> per (session, kind), made by the factory registered for the
/// kind, driven by the platform's <see cref="TrackCommand"/>s. Guarantees: commands are applied one at a time and each is
/// idempotent (a redelivered Start starts nothing new, a Stop of a stopped track only reports it stopped); which tracks the
/// platform wants running is persisted (<see cref="RunningTrackFile"/>) before a command returns, and <see cref="ResumeAsync"/>
/// restarts them after an agent restart, each resuming from its own durable state; a kind with no registered factory answers
/// with an <see cref="TrackRunState.Error"/> status "not available on this agent". A failing track never stops the host.
/// </summary>
public sealed partial class TrackHost : IAsyncDisposable
{
    private readonly TrackFolders _folders;
    private readonly IPlatformLink _link;
    private readonly TimeProvider _time;
    private readonly RunningTrackFile _runningFile;
    private readonly Dictionary<TrackKind, Func<TrackSession, IAgentTrack>> _factories = [];
    private readonly Dictionary<(string SessionId, TrackKind Kind), IAgentTrack> _tracks = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private List<RunningTrack> _running;

    public TrackHost(TrackFolders folders, IPlatformLink link, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(link);
        _folders = folders;
        _link = link;
        _time = time ?? TimeProvider.System;
        _runningFile = new RunningTrackFile(folders.RunningTracksPath);
        _running = [.. _runningFile.Read()];
    }

    /// <summary>The tracks the platform last asked to run (what <see cref="ResumeAsync"/> restarts).</summary>
    public IReadOnlyList<RunningTrack> Running => [.. _running];

    /// <summary>Makes tracks of <paramref name="kind"/> available: <paramref name="factory"/> builds one for a session (it may be cleared without having started).</summary>
    public void Register(TrackKind kind, Func<TrackSession, IAgentTrack> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factories[kind] = factory;
    }

    /// <summary>The session's track of that kind in this process, or null.</summary>
    public IAgentTrack? Find(string sessionId, TrackKind kind) => _tracks.GetValueOrDefault((sessionId, kind));

    /// <summary>Restarts every track that was running when the agent stopped (each resumes from its durable state).</summary>
    public async Task ResumeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var track in _running.ToList())
            {
                await StartLockedAsync(track, restart: false, $"resume-{Guid.NewGuid():N}", cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies one platform command; returns once the track has started, stopped or been cleared.</summary>
    public async Task HandleAsync(TrackCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var wanted = new RunningTrack(command.SessionId, command.Track, command.SessionName, command.Settings);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            switch (command.Action)
            {
                case TrackAction.Start:
                    await StartLockedAsync(wanted, restart: false, command.CommandId, cancellationToken).ConfigureAwait(false);
                    break;
                case TrackAction.Restart:
                    await StartLockedAsync(wanted, restart: true, command.CommandId, cancellationToken).ConfigureAwait(false);
                    break;
                case TrackAction.Stop:
                    await StopLockedAsync(wanted, command.CommandId, cancellationToken).ConfigureAwait(false);
                    break;
                case TrackAction.Clear:
                    await ClearLockedAsync(wanted, command.CommandId, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await ReportAsync(wanted, command.CommandId, TrackRunState.Error, $"Track action {command.Action} is not known to this agent version", cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops every track (each keeps its durable progress); the running list stays, so the next start resumes them.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var track in _tracks.Values)
        {
            await track.DisposeAsync().ConfigureAwait(false);
        }

        _tracks.Clear();
        _gate.Dispose();
    }

    private void Remember(RunningTrack track, bool running)
    {
        var next = _running.Where(t => t.SessionId != track.SessionId || t.Kind != track.Kind).ToList();
        if (running)
        {
            next.Add(track);
        }

        _runningFile.Write(next);
        _running = next;
    }
}
