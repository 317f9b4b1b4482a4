using System.Collections.Concurrent;
using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public sealed class TurnProbeGrain : Grain, ITurnProbeGrain
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new();
    private int _inside;
    private int _max;
    private int _maxThreads;
    private int _threadsInside;

    public async Task<int> EnterAndYieldAsync(int yields)
    {
        Enter();
        try
        {
            for (var i = 0; i < yields; i++)
            {
                await Task.Yield();
                CheckThreads();
            }

            return _max;
        }
        finally
        {
            _inside--;
        }
    }

    public Task<int> ReadAndYieldAsync(int yields) => EnterAndYieldAsync(yields);

    public Task<int> PeekMaxConcurrencyAsync() => Task.FromResult(_max);

    public async Task WaitForSignalAsync(string name)
    {
        Enter();
        try
        {
            await Signal(name).Task;
        }
        finally
        {
            _inside--;
        }
    }

    public Task SignalAsync(string name)
    {
        Signal(name).TrySetResult();
        return Task.CompletedTask;
    }

    /// <summary>The most requests ever inside at once, and -1 if two threads ever ran grain code at the same time.</summary>
    public Task<int> MaxConcurrencyAsync() => Task.FromResult(_maxThreads > 1 ? -1 : _max);

    public Task<int> ThreadIdAsync()
    {
        Enter();
        _inside--;
        return Task.FromResult(Environment.CurrentManagedThreadId);
    }

    public async Task<bool> ResumesOnItsSchedulerAsync()
    {
        var scheduler = TaskScheduler.Current;
        await Task.Yield();
        return SynchronizationContext.Current is null && scheduler != TaskScheduler.Default && TaskScheduler.Current == scheduler;
    }

    private TaskCompletionSource Signal(string name) =>
        _signals.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private void Enter()
    {
        _inside++;
        _max = Math.Max(_max, _inside);
        CheckThreads();
    }

    private void CheckThreads()
    {
        var threads = Interlocked.Increment(ref _threadsInside);
        _maxThreads = Math.Max(_maxThreads, threads);
        Thread.SpinWait(50);
        Interlocked.Decrement(ref _threadsInside);
    }
}
