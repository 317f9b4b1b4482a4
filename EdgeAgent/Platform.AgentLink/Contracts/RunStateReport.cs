namespace Platform.AgentLink.Contracts;

/// <summary>What the run did: running, paused at a grid boundary, stopped, completed, error.</summary>
public sealed record RunStateReport(string IdempotencyKey, string SessionId, DateTimeOffset OccurredAtUtc, RunState State, string? Message)
    : AgentReport(IdempotencyKey, SessionId, OccurredAtUtc);
