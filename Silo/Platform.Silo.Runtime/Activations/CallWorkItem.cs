using Platform.Runtime;

namespace Platform.Silo.Runtime.Activations;

/// <summary>A grain call waiting for, or running in, its activation; <see cref="Completion"/> is what the caller awaits.</summary>
internal sealed class CallWorkItem<T>(Func<object, object?[], Task<T>> invoke, object?[] arguments, CallChain chain) : WorkItem
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Completion => _completion.Task;

    public override Task Start(Activation activation)
    {
        var grain = activation.Grain;
        var task = Task.Factory.StartNew(
            () =>
            {
                CallChain.Current = chain.Append(activation.Id);
                return invoke(grain, arguments);
            },
            CancellationToken.None,
            TaskCreationOptions.DenyChildAttach,
            activation.Scheduler).Unwrap();
        task.ContinueWith(
            static (t, state) =>
            {
                var completion = (TaskCompletionSource<T>)state!;
                if (t.IsCompletedSuccessfully)
                {
                    completion.TrySetResult(t.Result);
                }
                else if (t.IsCanceled)
                {
                    completion.TrySetCanceled();
                }
                else
                {
                    completion.TrySetException(t.Exception!.InnerExceptions);
                }
            },
            _completion,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return task;
    }

    public override void Abandon(Exception reason) => _completion.TrySetException(reason);
}
