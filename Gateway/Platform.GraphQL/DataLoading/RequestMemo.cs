namespace Platform.GraphQL.DataLoading;

/// <summary>
/// A request-scoped memo of loads that start at once, for sources where batching saves nothing (an in-process call per
/// key, whatever the batch): a key's load starts when it is first asked for, with no wait for the executor's batch
/// dispatch, so a load that completes synchronously lets its field complete synchronously too. Every reader of a key in
/// the request sees the same value: the first load stored is the one all of them get (when two threads race on a new key,
/// both loads may run and the loser's result is dropped).
/// </summary>
public sealed class RequestMemo<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<TKey, Task<TValue?>> _load;
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, Task<TValue?>> _loaded = [];

    internal RequestMemo(Func<TKey, Task<TValue?>> load) => _load = load;

    /// <summary>Number of loads started so far (for tests and diagnostics).</summary>
    public int LoadCount { get; private set; }

    public Task<TValue?> LoadAsync(TKey key)
    {
        lock (_lock)
        {
            if (_loaded.TryGetValue(key, out var loaded))
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
            return _loaded.TryAdd(key, started) ? started : _loaded[key];
        }
    }
}
