namespace Platform.AgentLink.Contracts;

/// <summary>A command from the platform to one microscope's agent; <see cref="CommandId"/> is unique and stable across redeliveries.</summary>
public abstract record AgentCommand(string CommandId, string SessionId);
