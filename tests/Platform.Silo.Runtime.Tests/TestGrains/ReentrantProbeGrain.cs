using System.Collections.Concurrent;
using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

[Reentrant]
public sealed class ReentrantProbeGrain : Grain, IReentrantProbeGrain
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new();

    public Task WaitForSignalAsync(string name) => Signal(name).Task;

    public Task SignalAsync(string name)
    {
        Signal(name).TrySetResult();
        return Task.CompletedTask;
    }

    private TaskCompletionSource Signal(string name) =>
        _signals.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
