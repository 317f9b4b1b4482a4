namespace Platform.AgentLink.Contracts;

/// <summary>A pop-up for the session's users (stop signal received, pause prompt, error needing attention).</summary>
public sealed record NotificationReport(string IdempotencyKey, string SessionId, DateTimeOffset OccurredAtUtc, NotificationKind Kind, string Message)
    : AgentReport(IdempotencyKey, SessionId, OccurredAtUtc);
