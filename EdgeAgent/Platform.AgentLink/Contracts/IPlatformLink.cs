namespace Platform.AgentLink.Contracts;

/// <summary>
/// The edge agent's view of the platform: commands for this agent's microscope come in, reports go out.
/// Guarantees every implementation must keep:
/// <list type="bullet">
/// <item><see cref="CommandsAsync"/> yields each command at least once, in the order the platform issued it;
/// consumers deduplicate by <see cref="AgentCommand.CommandId"/>.</item>
/// <item><see cref="EnqueueAsync"/> returns only once the report is durable on the agent's disk; the platform
/// then applies it exactly once (by <see cref="AgentReport.IdempotencyKey"/>), in enqueue order per session,
/// however long the platform is unreachable and however often the agent restarts.</item>
/// </list>
/// </summary>
public interface IPlatformLink
{
    IAsyncEnumerable<AgentCommand> CommandsAsync(CancellationToken cancellationToken);

    ValueTask EnqueueAsync(AgentReport report, CancellationToken cancellationToken);
}
