using Platform.Runtime.Streams;

namespace Platform.Grains.AgentCommands;

/// <summary>The durable command stream of one microscope's agent.</summary>
public static class AgentCommandStream
{
    public static StreamId For(string microscopeId) => new(AgentCommandRecord.StreamNamespace, microscopeId);
}
