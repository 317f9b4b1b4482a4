using Platform.AgentLink.Contracts;

namespace Platform.Agent.Bench;

/// <summary>A platform link that counts reports and keeps none: the bench measures the workflow, not a transport.</summary>
internal sealed class DiscardingLink : IPlatformLink
{
    private int _reports;

    public int Reports => _reports;

    public async IAsyncEnumerable<AgentCommand> CommandsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        yield break;
    }

    public ValueTask EnqueueAsync(AgentReport report, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reports);
        return ValueTask.CompletedTask;
    }
}
