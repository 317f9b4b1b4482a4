namespace Platform.AgentLink.Contracts;

/// <summary>Targets found on one image (squares on an atlas, holes on a square image), with which were selected for the queue.</summary>
public sealed record TargetsFoundReport(
    string IdempotencyKey,
    string SessionId,
    DateTimeOffset OccurredAtUtc,
    int GridPosition,
    string? ParentTargetId,
    IReadOnlyList<TargetReport> Targets) : AgentReport(IdempotencyKey, SessionId, OccurredAtUtc);
