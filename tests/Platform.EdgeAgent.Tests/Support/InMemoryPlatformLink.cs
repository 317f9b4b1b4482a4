using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Tests.Support;

/// <summary>A test platform: commands pushed by the test, reports recorded in order; tests await a report matching a predicate.</summary>
internal sealed class InMemoryPlatformLink : IPlatformLink
{
    private readonly Channel<AgentCommand> _commands = Channel.CreateUnbounded<AgentCommand>();
    private readonly Lock _lock = new();
    private readonly List<AgentReport> _reports = [];
    private readonly List<(Func<AgentReport, bool> Match, TaskCompletionSource<AgentReport> Done)> _waiters = [];

    public IReadOnlyList<AgentReport> Reports
    {
        get
        {
            lock (_lock)
            {
                return [.. _reports];
            }
        }
    }

    public void Send(AgentCommand command) => _commands.Writer.TryWrite(command);

    public void EndCommands() => _commands.Writer.TryComplete();

    public async IAsyncEnumerable<AgentCommand> CommandsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var command in _commands.Reader.ReadAllAsync(cancellationToken))
        {
            yield return command;
        }
    }

    public ValueTask EnqueueAsync(AgentReport report, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _reports.Add(report);
            foreach (var waiter in _waiters.Where(w => w.Match(report)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(report);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The first report (already recorded or still to come) matching <paramref name="match"/>; fails after 240 s naming <paramref name="what"/>.</summary>
    public async Task<T> WaitForAsync<T>(string what, Func<T, bool>? match = null)
        where T : AgentReport
    {
        var done = new TaskCompletionSource<AgentReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool Matches(AgentReport r) => r is T t && (match?.Invoke(t) ?? true);
        lock (_lock)
        {
            if (_reports.FirstOrDefault(Matches) is { } existing)
            {
                return (T)existing;
            }

            _waiters.Add((Matches, done));
        }

        try
        {
            return (T)await done.Task.WaitAsync(TimeSpan.FromSeconds(240), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out waiting for {what}. Last reports: {string.Join(" | ", Reports.TakeLast(8))}");
        }
    }

    public IReadOnlyList<T> All<T>()
        where T : AgentReport => Reports.OfType<T>().ToList();
}
