namespace Platform.Gateway.Agents.Reports;

/// <summary>The outcome of one report of a batch, with a typed code and message when it was rejected or must be retried.</summary>
public sealed record AgentReportResult(string IdempotencyKey, AgentReportStatus Status, string? Code = null, string? Message = null);
