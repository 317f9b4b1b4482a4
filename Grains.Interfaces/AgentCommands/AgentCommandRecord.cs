using Platform.Grains.Sessions;
using Platform.Grains.Targets;
using Platform.Runtime;

namespace Platform.Grains.AgentCommands;

/// <summary>
/// One command on a microscope's durable command stream (<c>agent-commands/&lt;microscopeId&gt;</c>), appended in the
/// same transaction as the state change that causes it. Flat on purpose (like <see cref="SessionEvent"/>): one shape
/// for the stream, its replay and the agent API. <see cref="CommandId"/> is unique and never changes.
/// </summary>
[Immutable]
public sealed record AgentCommandRecord(
    string CommandId,
    string SessionId,
    AgentCommandKind Kind,
    DateTimeOffset IssuedAtUtc,
    AgentRunPlan? Plan = null,
    bool? PauseBetweenGrids = null,
    PauseAnswer? PauseAnswer = null,
    int? GridPosition = null,
    IReadOnlyList<TargetFound>? AddedTargets = null,
    IReadOnlyList<string>? RemovedTargetIds = null,
    TrackCommandDetail? Track = null)
{
    public const string StreamNamespace = "agent-commands";
}
