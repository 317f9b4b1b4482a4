namespace Platform.GraphQL.DataLoading;

/// <summary>A request-scoped batching, caching loader: loads issued while execution has other work are fetched together.</summary>
public sealed class DataLoader<TKey, TValue> : IBatchDispatcher
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly DataLoaderScope _scope;
    private readonly int _maxBatchSize;
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Completion)> _pending = [];

    internal DataLoader(DataLoaderScope scope, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, int maxBatchSize)
    {
        _scope = scope;
        _fetch = fetch;
        _maxBatchSize = maxBatchSize;
    }

    /// <summary>Number of batch fetches made so far (for tests and diagnostics).</summary>
    public int BatchCount { get; private set; }

    public bool HasPending
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>The value for a key (default when the fetch did not return it); the same key is fetched at most once per request.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue?> completion;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            completion = new TaskCompletionSource<TValue?>();
            _cache[key] = completion.Task;
            _pending.Add((key, completion));
        }

        _scope.SignalPending();
        return completion.Task;
    }

    /// <summary>Loads several keys; results are in key order.</summary>
    public Task<TValue?[]> LoadManyAsync(IEnumerable<TKey> keys) => Task.WhenAll(keys.Select(LoadAsync));

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Completion)> batch;
        lock (_lock)
        {
            batch = _pending;
            _pending = [];
        }

        var size = _maxBatchSize > 0 ? _maxBatchSize : Math.Max(batch.Count, 1);
        for (var start = 0; start < batch.Count; start += size)
        {
            await FetchAsync(batch, start, Math.Min(size, batch.Count - start), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One fetch for <paramref name="count"/> pending loads from <paramref name="start"/>; a failure fails exactly those loads.</summary>
    private async Task FetchAsync(List<(TKey Key, TaskCompletionSource<TValue?> Completion)> batch, int start, int count, CancellationToken cancellationToken)
    {
        BatchCount++;
        var keys = new TKey[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = batch[start + i].Key;
        }

        try
        {
            var values = await _fetch(keys, cancellationToken).ConfigureAwait(false);
            for (var i = start; i < start + count; i++)
            {
                var (key, completion) = batch[i];
                completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception exception)
        {
            for (var i = start; i < start + count; i++)
            {
                batch[i].Completion.TrySetException(exception);
            }
        }
    }
}
