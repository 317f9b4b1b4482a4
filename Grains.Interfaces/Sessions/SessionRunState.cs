namespace Platform.Grains.Sessions;

/// <summary>Where a session's run is (DESIGN.md §6). Transitions are in <see cref="SessionRunTransitions"/>.</summary>
public enum SessionRunState
{
    Created,
    Starting,
    Running,
    Stopping,
    Paused,
    Stopped,
    Completed,
    Error,
}
