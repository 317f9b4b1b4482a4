namespace Platform.AgentLink.Contracts;

/// <summary>Turns the "pause between grids" toggle on or off while the run goes on.</summary>
public sealed record SetPauseBetweenGridsCommand(string CommandId, string SessionId, bool Enabled) : AgentCommand(CommandId, SessionId);
