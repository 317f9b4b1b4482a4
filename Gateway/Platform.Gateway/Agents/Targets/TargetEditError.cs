namespace Platform.Gateway.Agents.Targets;

/// <summary>A typed error of <c>editGridTargets</c>: code, offending field, reason.</summary>
public sealed record TargetEditError(string Code, string? Field, string Message);
