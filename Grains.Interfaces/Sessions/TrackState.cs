namespace Platform.Grains.Sessions;

/// <summary>Status of one streaming track (DESIGN.md §6).</summary>
public enum TrackState
{
    NotRunning,
    Waiting,
    Starting,
    Running,
    Stopping,
    Finished,
    Error,
}
