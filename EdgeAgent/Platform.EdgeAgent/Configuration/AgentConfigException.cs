namespace Platform.EdgeAgent.Configuration;

/// <summary>The agent's configuration file is missing, unreadable or invalid; the message names the file and the field.</summary>
public sealed class AgentConfigException : Exception
{
    public AgentConfigException(string path, string problem)
        : base($"Agent configuration {path} {problem}.")
    {
        Path = path;
    }

    public string Path { get; }
}
