namespace Platform.AgentLink.Contracts;

/// <summary>The run states the agent reports (a subset of the platform's session run states).</summary>
public enum RunState
{
    Running,
    Paused,
    Stopped,
    Completed,
    Error,
}
