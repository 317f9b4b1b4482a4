namespace Platform.GraphQL.DataLoading;

/// <summary>
/// Emptied memo tables of one key and value type, kept between requests: a list page's memo grows to a hundred keys, and
/// growing a new table for every request made a tenth of its garbage (bench/gateway). A table is handed to one memo at a
/// time and comes back empty when its request ends (<see cref="DataLoaderScope.End"/>), so no request sees
/// another's entries. Thread safe.
/// </summary>
internal static class MemoTablePool<TKey, TValue>
    where TKey : notnull
{
    /// <summary>Tables kept at most (a few per core: one per request in flight).</summary>
    private const int MaxKept = 32;

    /// <summary>A table that grew past this many entries (one huge request) is left to the collector rather than kept.</summary>
    private const int MaxKeptCapacity = 4096;

    private static readonly Lock _lock = new();
    private static readonly Stack<Dictionary<TKey, Task<TValue?>>> _kept = new();

    public static Dictionary<TKey, Task<TValue?>> Rent()
    {
        lock (_lock)
        {
            if (_kept.TryPop(out var table))
            {
                return table;
            }
        }

        return [];
    }

    /// <summary>Empties <paramref name="table"/> (dropping its tasks and values) and keeps it for a later request.</summary>
    public static void Return(Dictionary<TKey, Task<TValue?>> table)
    {
        if (table.Capacity > MaxKeptCapacity)
        {
            return;
        }

        table.Clear();
        lock (_lock)
        {
            if (_kept.Count < MaxKept)
            {
                _kept.Push(table);
            }
        }
    }

    /// <summary>Tables kept now (for tests).</summary>
    public static int KeptCount
    {
        get
        {
            lock (_lock)
            {
                return _kept.Count;
            }
        }
    }
}
