namespace Platform.Gateway.Agents.Targets;

/// <summary>The result of <c>editGridTargets</c>: the agent command's id, or why nothing changed.</summary>
public sealed record EditGridTargetsPayload(string? CommandId, IReadOnlyList<TargetEditError> Errors);
