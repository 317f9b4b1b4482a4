namespace Platform.AgentLink.Contracts;

/// <summary>A grid changed state (loaded and started, completed, skipped, error).</summary>
public sealed record GridStateReport(string IdempotencyKey, string SessionId, DateTimeOffset OccurredAtUtc, int GridPosition, WorkState State)
    : AgentReport(IdempotencyKey, SessionId, OccurredAtUtc);
