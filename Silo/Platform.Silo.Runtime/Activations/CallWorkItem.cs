using Platform.Runtime;

namespace Platform.Silo.Runtime.Activations;

/// <summary>
/// A grain call waiting for, or running in, its activation; <see cref="Completion"/> is what the caller awaits. Its
/// continuations run asynchronously, so a caller never resumes inside the activation's turn; a caller that awaits a call
/// that already finished (one that ran inline, see <see cref="ActivationScheduler"/>) goes on without a hand-off: a call
/// that ran inline and succeeded synchronously hands the caller the grain method's own completed task, and only calls
/// that complete later (or fail) get a completion source, made once by whichever thread needs it first.
/// </summary>
internal sealed class CallWorkItem<T>(Func<object, object?[], Task<T>> invoke, object?[] arguments, CallChain chain) : WorkItem
{
    private TaskCompletionSource<T>? _completion;
    private Task<T>? _finishedInline;
    private Activation? _activation;

    /// <summary>
    /// The call's outcome. Read by the caller after <see cref="Activation.TryEnqueue"/> returned: an inline run happened on
    /// the caller's own thread before that, so <c>_finishedInline</c> is visible to it without a barrier.
    /// </summary>
    public Task<T> Completion => _finishedInline ?? CompletionSource.Task;

    private TaskCompletionSource<T> CompletionSource
    {
        get
        {
            if (Volatile.Read(ref _completion) is { } existing)
            {
                return existing;
            }

            var made = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            return Interlocked.CompareExchange(ref _completion, made, null) ?? made;
        }
    }

    public override Task Start(Activation activation, bool mayRunInline)
    {
        _activation = activation;
        var turn = mayRunInline
            ? activation.Scheduler.StartInline(static state => ((CallWorkItem<T>)state!).Invoke(), this)
            : Task.Factory.StartNew(static state => ((CallWorkItem<T>)state!).Invoke(), this, CancellationToken.None, TaskCreationOptions.DenyChildAttach, activation.Scheduler);
        // A turn that ran inline has already produced the grain method's task: use it rather than wrap it.
        var task = turn is { IsCompletedSuccessfully: true, Result: { } inner } ? inner : turn.Unwrap();
        if (mayRunInline && task.IsCompletedSuccessfully)
        {
            _finishedInline = task;
        }
        else if (task.IsCompleted)
        {
            Complete(task, CompletionSource);
        }
        else
        {
            task.ContinueWith(static (t, state) => Complete(t, (TaskCompletionSource<T>)state!), CompletionSource, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return task;
    }

    public override void Abandon(Exception reason) => CompletionSource.TrySetException(reason);

    private Task<T> Invoke()
    {
        var activation = _activation!;
        CallChain.Current = ReferenceEquals(chain, CallChain.Empty) ? activation.RootChain : chain.Append(activation.Id);
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
