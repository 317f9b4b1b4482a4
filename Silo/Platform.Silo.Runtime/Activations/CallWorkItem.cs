using Platform.Runtime;

namespace Platform.Silo.Runtime.Activations;

/// <summary>
/// A grain call waiting for, or running in, its activation; <see cref="Completion"/> is what the caller awaits. Its
/// continuations run asynchronously, so a caller never resumes inside the activation's turn; a caller that awaits a call
/// that already finished (one that ran inline, see <see cref="ActivationScheduler"/>) goes on without a hand-off.
/// </summary>
internal sealed class CallWorkItem<T>(Func<object, object?[], Task<T>> invoke, object?[] arguments, CallChain chain) : WorkItem
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Activation? _activation;

    public Task<T> Completion => _completion.Task;

    public override Task Start(Activation activation, bool mayRunInline)
    {
        _activation = activation;
        var turn = mayRunInline
            ? activation.Scheduler.StartInline(static state => ((CallWorkItem<T>)state!).Invoke(), this)
            : Task.Factory.StartNew(static state => ((CallWorkItem<T>)state!).Invoke(), this, CancellationToken.None, TaskCreationOptions.DenyChildAttach, activation.Scheduler);
        // A turn that ran inline has already produced the grain method's task: use it rather than wrap it.
        var task = turn is { IsCompletedSuccessfully: true, Result: { } inner } ? inner : turn.Unwrap();
        if (task.IsCompleted)
        {
            Complete(task, _completion);
        }
        else
        {
            task.ContinueWith(static (t, state) => Complete(t, (TaskCompletionSource<T>)state!), _completion, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return task;
    }

    public override void Abandon(Exception reason) => _completion.TrySetException(reason);

    private Task<T> Invoke()
    {
        var activation = _activation!;
        CallChain.Current = chain.Append(activation.Id);
        return invoke(activation.Grain, arguments);
    }

    private static void Complete(Task<T> task, TaskCompletionSource<T> completion)
    {
        if (task.IsCompletedSuccessfully)
        {
            completion.TrySetResult(task.Result);
        }
        else if (task.IsCanceled)
        {
            completion.TrySetCanceled();
        }
        else
        {
            completion.TrySetException(task.Exception!.InnerExceptions);
        }
    }
}
