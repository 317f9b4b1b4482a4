using System.Runtime.CompilerServices;

namespace Platform.Silo.Runtime.Activations;

/// <summary>
/// Runs an activation's tasks one at a time, in the order they were queued (the turn-based, single-threaded guarantee:
/// what <c>ConcurrentExclusiveSchedulerPair.ExclusiveScheduler</c> gave before). Normally a queued task runs on a
/// thread-pool thread. A grain call may instead ask, through <see cref="StartInline"/>, for its turn to start on the
/// calling thread: that happens only when no task of this activation is running or queued (so nothing is overtaken
/// and nothing runs beside it) and the stack has room; the call's first synchronous part then runs at once, with no
/// thread-pool hand-off in and, when it completes synchronously, none out. Tasks queued while it runs (its own
/// awaits resuming, other calls' turns) are drained by a thread-pool thread afterwards, never by the caller.
/// </summary>
internal sealed class ActivationScheduler : TaskScheduler
{
    [ThreadStatic]
    private static ActivationScheduler? _inlineRequested;

    [ThreadStatic]
    private static ActivationScheduler? _runningHere;

    private readonly Lock _lock = new();
    private readonly Queue<Task> _queue = new();
    private bool _running;

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Starts <paramref name="start"/>'s task on this scheduler, running it on this thread when the scheduler is free.</summary>
    public Task<TResult> StartInline<TResult>(Func<object?, TResult> start, object? state)
    {
        var previous = _inlineRequested;
        _inlineRequested = RuntimeHelpers.TryEnsureSufficientExecutionStack() ? this : null;
        try
        {
            return Task.Factory.StartNew(start, state, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this);
        }
        finally
        {
            _inlineRequested = previous;
        }
    }

    protected override void QueueTask(Task task)
    {
        var inline = ReferenceEquals(_inlineRequested, this);
        _inlineRequested = null;
        lock (_lock)
        {
            if (_running)
            {
                _queue.Enqueue(task);
                return;
            }

            _running = true;
            if (!inline)
            {
                _queue.Enqueue(task);
            }
        }

        if (inline)
        {
            // The caller's synchronization context (if it has one) must not capture the grain's awaits: they resume on
            // this scheduler, as they would on a thread-pool thread.
            var callerContext = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(null);
            try
            {
                Execute(task);
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(callerContext);
            }

            ContinueOrStop();
        }
        else
        {
            ThreadPool.UnsafeQueueUserWorkItem(static scheduler => scheduler.Drain(), this, preferLocal: true);
        }
    }

    /// <summary>A task of this scheduler may run inline only on the thread already running this scheduler's task (e.g. a wait inside a turn).</summary>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        ReferenceEquals(_runningHere, this) && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (_lock)
        {
            return [.. _queue];
        }
    }

    private void Drain()
    {
        while (true)
        {
            Task next;
            lock (_lock)
            {
                if (!_queue.TryDequeue(out next!))
                {
                    _running = false;
                    return;
                }
            }

            Execute(next);
        }
    }

    /// <summary>After an inline run: hand what was queued meanwhile to the thread pool, or mark the scheduler free.</summary>
    private void ContinueOrStop()
    {
        lock (_lock)
        {
            if (_queue.Count == 0)
            {
                _running = false;
                return;
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(static scheduler => scheduler.Drain(), this, preferLocal: true);
    }

    private void Execute(Task task)
    {
        var outer = _runningHere;
        _runningHere = this;
        try
        {
            TryExecuteTask(task);
        }
        finally
        {
            _runningHere = outer;
        }
    }
}
