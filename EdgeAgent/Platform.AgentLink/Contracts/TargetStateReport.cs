namespace Platform.AgentLink.Contracts;

/// <summary>A target changed state (started, acquired, completed, skipped, error).</summary>
public sealed record TargetStateReport(
    string IdempotencyKey,
    string SessionId,
    DateTimeOffset OccurredAtUtc,
    int GridPosition,
    string TargetId,
    WorkState State,
    string? Message) : AgentReport(IdempotencyKey, SessionId, OccurredAtUtc);
