using Platform.Runtime.Streams;

namespace Platform.Runtime;

/// <summary>What the runtime offers one activation; <see cref="Grain"/> exposes it to grain classes.</summary>
public interface IGrainContext
{
    GrainId GrainId { get; }

    IGrainFactory GrainFactory { get; }

    IStreamProvider Streams { get; }

    TimeProvider TimeProvider { get; }

    IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, GrainTimerOptions options);

    Task RegisterOrUpdateReminderAsync(string reminderName, TimeSpan dueTime, TimeSpan? period);

    Task UnregisterReminderAsync(string reminderName);

    void DeactivateOnIdle();

    void DelayDeactivation(TimeSpan timeSpan);
}
