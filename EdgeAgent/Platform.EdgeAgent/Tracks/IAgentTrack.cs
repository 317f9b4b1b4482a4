using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Tracks;

/// <summary>
/// One streaming track on the agent (nextPYP's track model), driven by <see cref="TrackCommand"/>s. Guarantees every
/// implementation keeps: methods are safe to call in any order and repeatedly (a redelivered command is applied again);
/// progress is durable on the agent's disk, so a start after an agent restart resumes rather than redoes; a track never
/// modifies or deletes the source movies; it reports state changes as <see cref="TrackStatusReport"/>s and its log lines
/// as <see cref="LogReport"/>s on its own <see cref="LogPanel"/> through <see cref="TrackSession.Link"/>.
/// </summary>
public interface IAgentTrack : IAsyncDisposable
{
    TrackKind Kind { get; }

    /// <summary>The current state and counters (what the last status report said, or newer).</summary>
    TrackSnapshot Snapshot { get; }

    /// <summary>Starts (or resumes) the track for <paramref name="session"/>; returns once started, the work goes on in the background.</summary>
    Task StartAsync(TrackSession session, CancellationToken cancellationToken);

    /// <summary>Stops after the item in progress and returns once stopped; local progress is kept.</summary>
    Task StopAsync(CancellationToken cancellationToken);

    /// <summary>Stops if running, then forgets local progress and outputs so a later start redoes every item.</summary>
    Task ClearAsync(CancellationToken cancellationToken);
}
