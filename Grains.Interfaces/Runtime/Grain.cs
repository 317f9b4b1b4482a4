using Platform.Runtime.Streams;

namespace Platform.Runtime;

/// <summary>
/// Base class of grain classes. The runtime creates one instance per activation, injects its
/// <see cref="IPersistentState{TState}"/> through the constructor, loads state, then calls
/// <see cref="OnActivateAsync"/>. Grain code runs one turn at a time on the activation's scheduler: never
/// block, and never use <c>ConfigureAwait(false)</c> (the continuation would leave the activation).
/// </summary>
public abstract class Grain
{
    private IGrainContext? _context;

    /// <summary>Set by the runtime right after construction, before any grain code runs.</summary>
    internal IGrainContext Context
    {
        get => _context ?? throw new InvalidOperationException("The grain is not attached to an activation yet (do not use runtime services in the constructor).");
        set => _context = value;
    }

    protected GrainId GrainId => Context.GrainId;

    protected string GrainKey => Context.GrainId.Key;

    protected IGrainFactory GrainFactory => Context.GrainFactory;

    protected IStreamProvider Streams => Context.Streams;

    protected TimeProvider TimeProvider => Context.TimeProvider;

    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Best effort: may not run (process killed). Persist at the point of change, never here.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, GrainTimerOptions options) =>
        Context.RegisterTimer(callback, options);

    /// <summary>Registers a durable reminder; <paramref name="period"/> null makes it one-shot (deleted after its tick).</summary>
    protected Task RegisterOrUpdateReminderAsync(string reminderName, TimeSpan dueTime, TimeSpan? period) =>
        Context.RegisterOrUpdateReminderAsync(reminderName, dueTime, period);

    protected Task UnregisterReminderAsync(string reminderName) => Context.UnregisterReminderAsync(reminderName);

    protected void DeactivateOnIdle() => Context.DeactivateOnIdle();

    protected void DelayDeactivation(TimeSpan timeSpan) => Context.DelayDeactivation(timeSpan);
}
