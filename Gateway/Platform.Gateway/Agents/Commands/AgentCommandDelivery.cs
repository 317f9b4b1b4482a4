using Platform.Grains.AgentCommands;

namespace Platform.Gateway.Agents.Commands;

/// <summary>A command as delivered to the agent, with its sequence on the microscope's command stream (resume after it).</summary>
public sealed record AgentCommandDelivery(long Sequence, AgentCommandRecord Command);
