namespace Platform.AgentLink.Contracts;

/// <summary>
/// A user edited a grid's target queue while the run goes on: <paramref name="Added"/> are queued,
/// <paramref name="RemovedTargetIds"/> are dropped unless already started.
/// </summary>
public sealed record EditTargetsCommand(
    string CommandId,
    string SessionId,
    int GridPosition,
    IReadOnlyList<TargetReport> Added,
    IReadOnlyList<string> RemovedTargetIds) : AgentCommand(CommandId, SessionId);
