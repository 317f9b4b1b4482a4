namespace Platform.AgentLink.Contracts;

/// <summary>
/// A report from the agent to the platform. <see cref="IdempotencyKey"/> is chosen by the agent, stable across
/// retries and restarts (derive it from what happened, e.g. <c>session/grid/target/state</c>), so the platform
/// applies each report once.
/// </summary>
public abstract record AgentReport(string IdempotencyKey, string SessionId, DateTimeOffset OccurredAtUtc);
