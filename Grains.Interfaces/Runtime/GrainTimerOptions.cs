namespace Platform.Runtime;

/// <summary>
/// When a grain timer fires. A tick is delivered like a grain call (one turn at a time) unless
/// <see cref="Interleave"/>; ticks never overlap: the next is scheduled after the callback completes.
/// Ticks do not keep the activation alive unless <see cref="KeepAlive"/>.
/// </summary>
public sealed record GrainTimerOptions(TimeSpan DueTime, TimeSpan Period)
{
    public bool Interleave { get; init; }

    public bool KeepAlive { get; init; }
}
