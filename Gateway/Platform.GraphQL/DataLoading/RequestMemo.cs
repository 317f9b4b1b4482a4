namespace Platform.GraphQL.DataLoading;

/// <summary>
/// A request-scoped memo of loads that start at once, for sources where batching saves nothing (an in-process call per
/// key, whatever the batch): a key's load starts when it is first asked for, with no wait for the executor's batch
/// dispatch, so a load that completes synchronously lets its field complete synchronously too. Every reader of a key in
/// the request sees the same value: the first load stored is the one all of them get (when two threads race on a new key,
/// both loads may run and the loser's result is dropped).
/// Lifetime: the memo's table is pooled (<see cref="MemoTablePool{TKey, TValue}"/>) and given back, emptied, when the
/// request's scope ends (<see cref="DataLoaderScope.End"/>). A load asked for after that (work the request left running,
/// e.g. past its timeout) starts afresh and is not remembered: it never reads a table another request now uses.
/// </summary>
public sealed class RequestMemo<TKey, TValue> : IScopedMemo
    where TKey : notnull
{
    private readonly Func<TKey, Task<TValue?>> _load;
    private readonly Lock _lock = new();

    /// <summary>The request's loads; null once the scope has ended and the table went back to the pool.</summary>
    private Dictionary<TKey, Task<TValue?>>? _loaded = MemoTablePool<TKey, TValue>.Rent();

    internal RequestMemo(Func<TKey, Task<TValue?>> load) => _load = load;

    /// <summary>Number of loads started so far (for tests and diagnostics).</summary>
    public int LoadCount { get; private set; }

    public Task<TValue?> LoadAsync(TKey key)
    {
        lock (_lock)
        {
            if (_loaded is not null && _loaded.TryGetValue(key, out var loaded))
            {
                return loaded;
            }
        }

        // Outside the lock: the load may run the source's code on this thread before it returns.
        Task<TValue?> started;
        try
        {
            started = _load(key);
        }
        catch (Exception exception)
        {
            started = Task.FromException<TValue?>(exception);
        }

        lock (_lock)
        {
            LoadCount++;
            if (_loaded is null)
            {
                return started;
            }

            return _loaded.TryAdd(key, started) ? started : _loaded[key];
        }
    }

    /// <summary>Ends the memo with its request: its table goes back to the pool emptied, and later loads are not remembered.</summary>
    void IScopedMemo.End()
    {
        Dictionary<TKey, Task<TValue?>>? table;
        lock (_lock)
        {
            table = _loaded;
            _loaded = null;
        }

        if (table is not null)
        {
            MemoTablePool<TKey, TValue>.Return(table);
        }
    }
}
