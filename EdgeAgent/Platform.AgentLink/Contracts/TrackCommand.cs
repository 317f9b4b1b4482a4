namespace Platform.AgentLink.Contracts;

/// <summary>
/// Start, stop, restart or clear one of a session's tracks on this agent. <see cref="Settings"/> are the settings the track
/// runs with from this command on (the platform's current ones; pending edits are sent with the next restart).
/// </summary>
public sealed record TrackCommand(string CommandId, string SessionId, TrackKind Track, TrackAction Action, ProcessingSettings Settings)
    : AgentCommand(CommandId, SessionId)
{
    /// <summary>The session's full <c>YYYYMMDD_Name</c>: the workflow names the session's data and frames folders after it.</summary>
    public string SessionName { get; init; } = "";
}
