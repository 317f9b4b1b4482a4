using Microsoft.Extensions.Logging;
using Platform.Runtime;
using Platform.Runtime.Streams;
using Platform.Silo.Runtime.Calls;
using Platform.Silo.Runtime.Persistence;
using Platform.Silo.Runtime.Timers;

namespace Platform.Silo.Runtime.Activations;

/// <summary>
/// One in-memory instance of a grain. It owns a mailbox (which requests may run now, see
/// Activation.Mailbox.cs), a scheduler on which all its code runs one piece at a time, its
/// persistent states and timers, and its lifecycle (Activation.Lifecycle.cs).
/// </summary>
internal sealed partial class Activation : IGrainContext
{
    private readonly GrainRuntime _runtime;
    private readonly List<GrainTimer> _timers = [];
    private Grain? _grain;
    private CallChain? _rootChain;
    private IReadOnlyList<IActivationState> _states = [];

    public Activation(GrainRuntime runtime, GrainClass grainClass, GrainId id)
    {
        _runtime = runtime;
        Class = grainClass;
        Id = id;
        Scheduler = new ActivationScheduler();
        _lastActiveTimestamp = runtime.TimeProvider.GetTimestamp();
    }

    public GrainId Id { get; }

    /// <summary>The call chain of a call from outside any grain into this activation (immutable, so one serves every such call).</summary>
    public CallChain RootChain => _rootChain ??= CallChain.Empty.Append(Id);

    public GrainClass Class { get; }

    /// <summary>Runs every piece of this activation's code, one at a time; awaits in grain code resume on it.</summary>
    public ActivationScheduler Scheduler { get; }

    public Grain Grain => _grain ?? throw new InvalidOperationException($"{Id} is not activated.");

    GrainId IGrainContext.GrainId => Id;

    IGrainFactory IGrainContext.GrainFactory => _runtime;

    IStreamProvider IGrainContext.Streams => _runtime.Streams;

    TimeProvider IGrainContext.TimeProvider => _runtime.TimeProvider;

    IGrainTimer IGrainContext.RegisterTimer(Func<CancellationToken, Task> callback, GrainTimerOptions options)
    {
        var timer = new GrainTimer(this, callback, options, _runtime.TimeProvider);
        lock (_timers)
        {
            _timers.Add(timer);
        }

        timer.Start();
        return timer;
    }

    Task IGrainContext.RegisterOrUpdateReminderAsync(string reminderName, TimeSpan dueTime, TimeSpan? period) =>
        _runtime.Reminders.RegisterAsync(Id, reminderName, dueTime, period);

    Task IGrainContext.UnregisterReminderAsync(string reminderName) =>
        _runtime.Reminders.UnregisterAsync(Id, reminderName);

    void IGrainContext.DeactivateOnIdle()
    {
        lock (_lock)
        {
            _deactivateOnIdle = true;
        }
    }

    void IGrainContext.DelayDeactivation(TimeSpan timeSpan)
    {
        lock (_lock)
        {
            _keepAliveUntilTimestamp = timeSpan == Timeout.InfiniteTimeSpan
                ? long.MaxValue
                : _runtime.TimeProvider.GetTimestamp() + (long)(timeSpan.TotalSeconds * _runtime.TimeProvider.TimestampFrequency);
        }
    }

    internal void RemoveTimer(GrainTimer timer)
    {
        lock (_timers)
        {
            _timers.Remove(timer);
        }
    }

    private void DisposeTimers()
    {
        GrainTimer[] timers;
        lock (_timers)
        {
            timers = [.. _timers];
            _timers.Clear();
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }

    internal void LogTimerFailure(Exception exception) =>
        _runtime.Log.LogWarning(exception, "{GrainId} timer callback failed", Id);

    public override string ToString() => $"activation {Id}";
}
