namespace Platform.AgentLink.Contracts;

/// <summary>Status of one track as the agent reports it; the same values as the platform's track state (DESIGN.md §6).</summary>
public enum TrackRunState
{
    NotRunning,
    Waiting,
    Starting,
    Running,
    Stopping,
    Finished,
    Error,
}
