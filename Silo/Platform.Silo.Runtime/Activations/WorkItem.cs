namespace Platform.Silo.Runtime.Activations;

/// <summary>
/// One unit of work for an activation: a grain call, a timer tick, or the activation's own
/// activate/deactivate step. Its flags drive the admission rules in <see cref="Activation"/>.
/// </summary>
internal abstract class WorkItem
{
    /// <summary>Runs alone: nothing else may run beside it (activate, deactivate).</summary>
    public bool IsExclusive { get; init; }

    public bool IsReadOnly { get; init; }

    public bool IsAlwaysInterleave { get; init; }

    /// <summary>The activation's state epoch when this item was admitted (see <see cref="Activation.TryGetCachedRead"/>).</summary>
    public long AdmittedAtEpoch { get; set; }

    /// <summary>Whether running it counts as activity for idle collection.</summary>
    public bool KeepsAlive { get; init; } = true;

    /// <summary>
    /// Starts the work on the activation's scheduler and returns the task that completes with it. With
    /// <paramref name="mayRunInline"/> (the caller holds no lock) a grain call may run its first part on this thread.
    /// </summary>
    public abstract Task Start(Activation activation, bool mayRunInline);

    /// <summary>Fails the work without running it (the activation could not be activated).</summary>
    public abstract void Abandon(Exception reason);
}
