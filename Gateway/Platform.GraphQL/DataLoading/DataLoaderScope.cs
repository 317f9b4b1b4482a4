namespace Platform.GraphQL.DataLoading;

/// <summary>
/// The data loaders of one request and the signal the executor waits on to dispatch their batches, and the request's memos
/// (<see cref="RequestMemo{TKey, TValue}"/>: loads that start at once, with nothing to dispatch). The engine ends the scope
/// when its request's execution ends (<see cref="End"/>), giving the memos' pooled tables back.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, IBatchDispatcher> _loaders = new(StringComparer.Ordinal);

    /// <summary>
    /// The memos made so far with their names, replaced (never changed) under the lock when one is added: a request asks for
    /// its few memos hundreds of times (a list page's every row), and finds them here without the lock or a hash.
    /// </summary>
    private (string Name, IScopedMemo Memo)[] _memos = [];
    private bool _ended;
    private TaskCompletionSource _pendingSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The loader registered under a name in this request, created on first use.</summary>
    public DataLoader<TKey, TValue> GetOrCreate<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, int maxBatchSize = 0)
        where TKey : notnull
    {
        lock (_lock)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                loader = new DataLoader<TKey, TValue>(this, fetch, maxBatchSize);
                _loaders[name] = loader;
            }

            return (DataLoader<TKey, TValue>)loader;
        }
    }

    /// <summary>The memo registered under a name in this request, created on first use (see <see cref="RequestMemo{TKey, TValue}"/>).</summary>
    public RequestMemo<TKey, TValue> GetOrCreateMemo<TKey, TValue>(string name, Func<TKey, Task<TValue?>> load)
        where TKey : notnull => GetOrCreateMemo(name, load, static load => load);

    /// <summary>
    /// The memo registered under a name in this request; on first use its load is made by <paramref name="makeLoad"/> from
    /// <paramref name="state"/>, so a caller whose load needs request services looks them up once per request, not per key.
    /// </summary>
    public RequestMemo<TKey, TValue> GetOrCreateMemo<TKey, TValue, TState>(string name, TState state, Func<TState, Func<TKey, Task<TValue?>>> makeLoad)
        where TKey : notnull
    {
        if (FindMemo(name) is { } known)
        {
            return (RequestMemo<TKey, TValue>)known;
        }

        lock (_lock)
        {
            // Looked for again under the lock: another thread may have made it since.
            if (FindMemo(name) is not { } memo)
            {
                memo = new RequestMemo<TKey, TValue>(makeLoad(state));
                Volatile.Write(ref _memos, [.. _memos, (name, memo)]);
                if (_ended)
                {
                    // Asked for by work the request left running: it loads, but holds no pooled table.
                    memo.End();
                }
            }

            return (RequestMemo<TKey, TValue>)memo;
        }
    }

    /// <summary>
    /// Ends the request's memos: their tables go back to the pool emptied, and any load asked for afterwards (by work the
    /// request left running) starts afresh and is not remembered, so it can never read a table another request now holds.
    /// Idempotent.
    /// </summary>
    public void End()
    {
        lock (_lock)
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
            foreach (var (_, memo) in _memos)
            {
                memo.End();
            }
        }
    }

    public bool HasPending
    {
        get
        {
            lock (_lock)
            {
                return HasPendingUnlocked();
            }
        }
    }

    /// <summary>Completes when some loader has pending keys.</summary>
    public Task WhenPendingAsync()
    {
        lock (_lock)
        {
            if (HasPendingUnlocked())
            {
                return Task.CompletedTask;
            }

            if (_pendingSignal.Task.IsCompleted)
            {
                _pendingSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return _pendingSignal.Task;
        }
    }

    /// <summary>Dispatches every loader with pending keys, concurrently.</summary>
    public Task DispatchAllAsync(CancellationToken cancellationToken)
    {
        List<IBatchDispatcher> ready = [];
        lock (_lock)
        {
            foreach (var loader in _loaders.Values)
            {
                if (loader.HasPending)
                {
                    ready.Add(loader);
                }
            }

            if (_pendingSignal.Task.IsCompleted)
            {
                _pendingSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        return ready.Count switch
        {
            0 => Task.CompletedTask,
            1 => ready[0].DispatchAsync(cancellationToken),
            _ => Task.WhenAll(ready.ConvertAll(l => l.DispatchAsync(cancellationToken))),
        };
    }

    /// <summary>Awaits <paramref name="work"/>, dispatching batches whenever all of it is waiting on them (outside execution, e.g. a subscription's rule).</summary>
    public async Task<T> PumpAsync<T>(Task<T> work, CancellationToken cancellationToken)
    {
        while (!work.IsCompleted)
        {
            if (HasPending)
            {
                await DispatchAllAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            await Task.WhenAny(work, WhenPendingAsync()).ConfigureAwait(false);
        }

        return await work.ConfigureAwait(false);
    }

    internal void SignalPending()
    {
        lock (_lock)
        {
            _pendingSignal.TrySetResult();
        }
    }

    private IScopedMemo? FindMemo(string name)
    {
        foreach (var (known, memo) in Volatile.Read(ref _memos))
        {
            if (string.Equals(known, name, StringComparison.Ordinal))
            {
                return memo;
            }
        }

        return null;
    }

    private bool HasPendingUnlocked()
    {
        foreach (var loader in _loaders.Values)
        {
            if (loader.HasPending)
            {
                return true;
            }
        }

        return false;
    }
}
