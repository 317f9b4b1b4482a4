namespace Platform.AgentLink.Contracts;

/// <summary>Soft stop: finish the current acquisition, then stop when the workflow asks for its next target.</summary>
public sealed record SoftStopCommand(string CommandId, string SessionId) : AgentCommand(CommandId, SessionId);
