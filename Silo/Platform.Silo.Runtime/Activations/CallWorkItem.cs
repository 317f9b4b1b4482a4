using Platform.Runtime;

namespace Platform.Silo.Runtime.Activations;

/// <summary>
/// A grain call waiting for, or running in, an activation; <see cref="Completion"/> is what the caller
/// awaits. When the call fails with <see cref="InconsistentStateException"/> (its activation's state was
/// stale), the item drops that activation and dispatches itself again to a fresh one, up to the
/// runtime's retry limit: the loser of a write race re-reads and re-decides without the caller noticing.
/// </summary>
internal sealed class CallWorkItem<T> : WorkItem
{
    // Completed from a continuation on the default scheduler (see Activation.StartLocked), so the
    // caller's continuation may run synchronously without inheriting the activation's scheduler.
    private readonly TaskCompletionSource<T> _completion = new();
    private readonly GrainRuntime _runtime;
    private readonly Func<object, object?[], Task<T>> _invoke;
    private readonly object?[] _arguments;
    private readonly string _methodName;
    private int _conflicts;

    public CallWorkItem(GrainRuntime runtime, GrainId target, string methodName, Func<object, object?[], Task<T>> invoke, object?[] arguments, CallChain chain)
    {
        _runtime = runtime;
        Target = target;
        _methodName = methodName;
        _invoke = invoke;
        _arguments = arguments;
        Chain = chain;
    }

    public GrainId Target { get; }

    public CallChain Chain { get; }

    public Task<T> Completion => _completion.Task;

    /// <summary>Finds the target's activation and queues this call there (again, after a conflict or a deactivation).</summary>
    public void Dispatch()
    {
        Activation activation;
        try
        {
            activation = _runtime.GetOrCreateActivation(Target);
        }
        catch (Exception ex)
        {
            Abandon(ex);
            return;
        }

        if (!activation.Class.IsReentrant && !IsAlwaysInterleave && Chain.Contains(Target))
        {
            Abandon(new GrainDeadlockException($"{_methodName} on {Target} would wait for itself: call chain {Chain} -> {Target}. Mark the method [AlwaysInterleave] or the grain [Reentrant], or restructure the calls."));
            return;
        }

        if (!activation.TryEnqueue(this))
        {
            DispatchAfter(activation);
        }
    }

    public override Task Start(Activation activation) =>
        Task.Factory.StartNew(
            static state =>
            {
                var (item, grain, id) = ((CallWorkItem<T>, Grain, GrainId))state!;
                CallChain.Current = item.Chain.Append(id);
                return item._invoke(grain, item._arguments);
            },
            (this, activation.Grain, activation.Id),
            CancellationToken.None,
            TaskCreationOptions.DenyChildAttach,
            activation.Scheduler).Unwrap();

    public override void Finished(Activation activation, Task run)
    {
        if (run.IsCompletedSuccessfully)
        {
            _completion.TrySetResult(((Task<T>)run).Result);
        }
        else if (run.IsCanceled)
        {
            _completion.TrySetCanceled();
        }
        else if (run.Exception!.InnerException is InconsistentStateException && ++_conflicts <= _runtime.Options.MaxConflictRetries)
        {
            activation.StartDeactivation(DeactivationReason.InconsistentState);
            DispatchAfter(activation);
        }
        else
        {
            if (run.Exception.InnerException is InconsistentStateException)
            {
                // Out of retries: still drop the stale activation (Orleans does the same).
                activation.StartDeactivation(DeactivationReason.InconsistentState);
            }

            _completion.TrySetException(run.Exception.InnerExceptions);
        }
    }

    public override void Abandon(Exception reason) => _completion.TrySetException(reason);

    private void DispatchAfter(Activation leaving) =>
        leaving.Deactivated.ContinueWith(static (_, state) => ((CallWorkItem<T>)state!).Dispatch(), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
