namespace Platform.Silo.Runtime.Activations;

/// <summary>
/// Runs an activation's tasks one at a time, in order, on thread-pool threads: the guarantee that grain
/// code never runs on two threads at once, even when requests interleave at awaits. Cheaper than
/// ConcurrentExclusiveSchedulerPair for the common case of one task at a time: one pool work item per
/// burst, and inline execution when a task is started from this scheduler's own worker.
/// </summary>
internal sealed class ActivationScheduler : TaskScheduler, IThreadPoolWorkItem
{
    [ThreadStatic]
    private static ActivationScheduler? _running;

    private readonly Lock _lock = new();
    private readonly Queue<Task> _tasks = new();
    private bool _scheduled;

    public override int MaximumConcurrencyLevel => 1;

    protected override void QueueTask(Task task)
    {
        lock (_lock)
        {
            _tasks.Enqueue(task);
            if (_scheduled)
            {
                return;
            }

            _scheduled = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    void IThreadPoolWorkItem.Execute()
    {
        _running = this;
        try
        {
            while (true)
            {
                Task? next;
                lock (_lock)
                {
                    if (!_tasks.TryDequeue(out next))
                    {
                        _scheduled = false;
                        return;
                    }
                }

                TryExecuteTask(next);
            }
        }
        finally
        {
            _running = null;
        }
    }

    /// <summary>Inline only on this scheduler's own worker, where it cannot overlap with another of its tasks.</summary>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        _running == this && !taskWasPreviouslyQueued && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (_lock)
        {
            return [.. _tasks];
        }
    }
}
