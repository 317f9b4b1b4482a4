namespace Platform.AgentLink.Contracts;

/// <summary>A line for one of the run page's log panels.</summary>
public sealed record LogReport(string IdempotencyKey, string SessionId, DateTimeOffset OccurredAtUtc, LogPanel Panel, string Message)
    : AgentReport(IdempotencyKey, SessionId, OccurredAtUtc);
