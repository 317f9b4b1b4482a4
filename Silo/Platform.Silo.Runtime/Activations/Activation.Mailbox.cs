namespace Platform.Silo.Runtime.Activations;

/// <summary>
/// Admission rules (Orleans' decision table): a request runs now if nothing runs; or it is
/// AlwaysInterleave; or the grain is Reentrant; or it and everything running are ReadOnly.
/// Otherwise it waits, in arrival order. Activate and deactivate steps run alone.
/// </summary>
internal sealed partial class Activation
{
    private readonly Lock _lock = new();
    private readonly LinkedList<WorkItem> _waiting = new();
    private int _running;
    private int _runningBlocking;
    private bool _runningExclusive;
    private long _lastActiveTimestamp;
    private long _keepAliveUntilTimestamp;
    private bool _deactivateOnIdle;

    /// <summary>Starts activating; called once, by whoever put this activation in the catalog.</summary>
    public void Start()
    {
        lock (_lock)
        {
            StartLocked(new ActivateWorkItem());
        }
    }

    /// <summary>
    /// Queues or starts <paramref name="item"/>. Returns false when the activation is deactivating
    /// or gone: the caller then waits for <see cref="Deactivated"/> and retries on a new activation.
    /// </summary>
    public bool TryEnqueue(WorkItem item, bool admitWhileDeactivating = false)
    {
        lock (_lock)
        {
            // While draining, AlwaysInterleave requests still get in (they exist to observe or unblock the
            // requests being drained); anything else goes to the next activation.
            var draining = _status is ActivationStatus.Deactivating && !admitWhileDeactivating && !(item.IsAlwaysInterleave && !_runningExclusive);
            if (_status is ActivationStatus.Invalid || draining)
            {
                return false;
            }

            if (!((_waiting.Count == 0 || item.IsAlwaysInterleave) && CanRun(item)))
            {
                _waiting.AddLast(item);
                return true;
            }

            AdmitLocked(item);
        }

        // Admitted (counted as running) under the lock, started outside it: a call may run its first part on this
        // thread (ActivationScheduler.StartInline), and grain code must never run while the mailbox lock is held.
        Run(item, mayRunInline: true);
        return true;
    }

    private bool CanRun(WorkItem item)
    {
        if (_runningExclusive)
        {
            return false;
        }

        if (_status is ActivationStatus.Activating)
        {
            // Requests wait until state is loaded and OnActivateAsync has run.
            return item.IsExclusive && _running == 0;
        }

        if (_running == 0)
        {
            return true;
        }

        if (item.IsExclusive)
        {
            return false;
        }

        return item.IsAlwaysInterleave || Class.IsReentrant || (item.IsReadOnly && _runningBlocking == 0);
    }

    private void StartLocked(WorkItem item)
    {
        AdmitLocked(item);
        Run(item, mayRunInline: false);
    }

    private void AdmitLocked(WorkItem item)
    {
        _running++;
        if (!item.IsReadOnly)
        {
            // Anything not read-only may change state: cached reads end here, and again when it finishes.
            _stateEpoch++;
            _runningStateChanging++;
        }

        item.AdmittedAtEpoch = _stateEpoch;
        if (item.IsExclusive)
        {
            _runningExclusive = true;
        }
        else if (!item.IsReadOnly && !item.IsAlwaysInterleave)
        {
            _runningBlocking++;
        }

        // No activity timestamp here: while anything runs or waits the activation is not idle (IsIdleFor), and OnFinished
        // stamps the end of the work, so idle time is always counted from the end of the last work that keeps it alive.
    }

    private void Run(WorkItem item, bool mayRunInline)
    {
        Task running;
        try
        {
            running = item.Start(this, mayRunInline);
        }
        catch (Exception ex)
        {
            running = Task.FromException(ex);
        }

        if (mayRunInline && running.IsCompleted)
        {
            // Ran to completion on this thread (no lock held here): finish now rather than through a continuation.
            OnFinished(item);
            return;
        }

        running.ContinueWith(
            static (_, state) =>
            {
                var (activation, finished) = ((Activation, WorkItem))state!;
                activation.OnFinished(finished);
            },
            (this, item),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private void OnFinished(WorkItem item)
    {
        var deactivate = false;
        lock (_lock)
        {
            _running--;
            if (!item.IsReadOnly)
            {
                _stateEpoch++;
                _runningStateChanging--;
            }

            if (item.IsExclusive)
            {
                _runningExclusive = false;
            }
            else if (!item.IsReadOnly && !item.IsAlwaysInterleave)
            {
                _runningBlocking--;
            }

            if (item.KeepsAlive)
            {
                _lastActiveTimestamp = _runtime.TimeProvider.GetTimestamp();
            }

            StartAdmissibleLocked();

            deactivate = _deactivateOnIdle && _running == 0 && _waiting.Count == 0 && _status is ActivationStatus.Valid;
        }

        if (deactivate)
        {
            StartDeactivation(Platform.Runtime.DeactivationReason.RequestedByGrain);
        }
    }

    /// <summary>
    /// Starts waiting requests in arrival order while they are admissible; an AlwaysInterleave request
    /// further back may start even when an ordinary request ahead of it must still wait.
    /// </summary>
    private void StartAdmissibleLocked()
    {
        var headBlocked = false;
        for (var node = _waiting.First; node is not null;)
        {
            var next = node.Next;
            var item = node.Value;
            if ((!headBlocked || item.IsAlwaysInterleave) && CanRun(item))
            {
                _waiting.Remove(node);
                StartLocked(item);
            }
            else if (!item.IsAlwaysInterleave)
            {
                headBlocked = true;
            }

            node = next;
        }
    }

    /// <summary>True when nothing runs or waits and the activation has been idle for at least <paramref name="age"/>.</summary>
    public bool IsIdleFor(TimeSpan age)
    {
        lock (_lock)
        {
            if (_status is not ActivationStatus.Valid || _running > 0 || _waiting.Count > 0)
            {
                return false;
            }

            var now = _runtime.TimeProvider.GetTimestamp();
            return now >= _keepAliveUntilTimestamp && _runtime.TimeProvider.GetElapsedTime(_lastActiveTimestamp, now) >= age;
        }
    }
}
