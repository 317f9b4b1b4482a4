using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Tracks;

/// <summary>A track's state, counters and explanatory message at one moment.</summary>
public sealed record TrackSnapshot(TrackRunState State, TrackProgress Progress, string? Message)
{
    /// <summary>A track that has not started.</summary>
    public static TrackSnapshot NotRunning { get; } = new(TrackRunState.NotRunning, TrackProgress.None, null);
}
