using System.Collections.Concurrent;
using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

/// <summary>An in-memory value behind a [CachedRead] method, with writes that can be held back and a timer that writes.</summary>
public sealed class CachedReadProbeGrain : Grain, ICachedReadProbeGrain
{
    public static readonly ConcurrentDictionary<string, int> Runs = new();
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new();
    private IGrainTimer? _timer;
    private int _value;

    public static void Release(string signal) => Signal(signal).TrySetResult();

    public Task<int> ReadAsync()
    {
        Runs.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        return Task.FromResult(_value);
    }

    public Task SetAsync(int value)
    {
        _value = value;
        return Task.CompletedTask;
    }

    public async Task SetWhenSignalledAsync(int value, string signal)
    {
        await Signal(signal).Task;
        _value = value;
    }

    public Task StartTimerAsync(TimeSpan period)
    {
        _timer = RegisterGrainTimer(_ =>
        {
            _value++;
            return Task.CompletedTask;
        }, new GrainTimerOptions(period, period) { KeepAlive = true });
        return Task.CompletedTask;
    }

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private static TaskCompletionSource Signal(string name) => _signals.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
