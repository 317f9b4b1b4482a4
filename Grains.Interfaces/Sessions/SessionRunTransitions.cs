namespace Platform.Grains.Sessions;

/// <summary>
/// The session run state machine, in one place:
/// <code>
/// created ─start→ starting ─agent running→ running ─grid done, pause on→ paused ─continue→ running
/// starting|running|paused ─stop→ stopping ─agent stopped→ stopped ─start→ starting
/// running ─all grids done→ completed;   any active ─agent error→ error ─start→ starting
/// staff: force start (any but completed → starting), force kill (any active → stopped)
/// </code>
/// "Active" states hold the microscope's run lock.
/// </summary>
public static class SessionRunTransitions
{
    public static bool IsActive(SessionRunState state) =>
        state is SessionRunState.Starting or SessionRunState.Running or SessionRunState.Stopping or SessionRunState.Paused;

    public static bool CanStart(SessionRunState state) =>
        state is SessionRunState.Created or SessionRunState.Stopped or SessionRunState.Error;

    public static bool CanStop(SessionRunState state) =>
        state is SessionRunState.Starting or SessionRunState.Running or SessionRunState.Paused;

    public static bool CanForceStart(SessionRunState state) => state is not SessionRunState.Completed;

    /// <summary>Whether the agent may report <paramref name="reported"/> while the session is in <paramref name="current"/>.</summary>
    public static bool CanReport(SessionRunState current, SessionRunState reported) => (current, reported) switch
    {
        (SessionRunState.Starting, SessionRunState.Running) => true,
        (SessionRunState.Running, SessionRunState.Paused) => true,
        (SessionRunState.Paused, SessionRunState.Running) => true,
        (SessionRunState.Running, SessionRunState.Completed) => true,
        (SessionRunState.Stopping, SessionRunState.Stopped) => true,
        (SessionRunState.Stopping, SessionRunState.Completed) => true,
        (_, SessionRunState.Error) => IsActive(current),
        _ => false,
    };
}
