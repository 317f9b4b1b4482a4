namespace Platform.AgentLink.Contracts;

/// <summary>Staff emergency stop: abort at once (SerialEM's STOP), leave the microscope safe, report stopped.</summary>
public sealed record ForceKillCommand(string CommandId, string SessionId) : AgentCommand(CommandId, SessionId);
