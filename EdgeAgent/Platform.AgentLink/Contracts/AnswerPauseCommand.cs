namespace Platform.AgentLink.Contracts;

/// <summary>The user's answer to the pause prompt at a grid boundary.</summary>
public sealed record AnswerPauseCommand(string CommandId, string SessionId, PauseChoice Choice) : AgentCommand(CommandId, SessionId);
