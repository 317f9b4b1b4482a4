using Platform.Runtime;

namespace Platform.Silo.Runtime.Activations;

/// <summary>A grain call waiting for, or running in, its activation; <see cref="Completion"/> is what the caller awaits.</summary>
internal sealed class CallWorkItem<T>(Func<object, object?[], Task<T>> invoke, object?[] arguments, CallChain chain) : WorkItem
{
    // Completed from a continuation on the default scheduler (see Activation.OnFinished), so the caller's
    // continuation may run synchronously without inheriting the activation's scheduler.
    private readonly TaskCompletionSource<T> _completion = new();

    public Task<T> Completion => _completion.Task;

    public override Task Start(Activation activation)
    {
        var grain = activation.Grain;
        return Task.Factory.StartNew(
            () =>
            {
                CallChain.Current = chain.Append(activation.Id);
                return invoke(grain, arguments);
            },
            CancellationToken.None,
            TaskCreationOptions.DenyChildAttach,
            activation.Scheduler).Unwrap();
    }

    public override void Finished(Task run)
    {
        if (run.IsCompletedSuccessfully)
        {
            _completion.TrySetResult(((Task<T>)run).Result);
        }
        else if (run.IsCanceled)
        {
            _completion.TrySetCanceled();
        }
        else
        {
            _completion.TrySetException(run.Exception!.InnerExceptions);
        }
    }

    public override void Abandon(Exception reason) => _completion.TrySetException(reason);
}
