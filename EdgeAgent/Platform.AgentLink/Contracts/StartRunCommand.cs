namespace Platform.AgentLink.Contracts;

/// <summary>Start (or, after a restart of the agent, resume) the session's run; the platform already holds the microscope's run lock for it.</summary>
public sealed record StartRunCommand(string CommandId, string SessionId, RunPlan Plan) : AgentCommand(CommandId, SessionId);
