namespace Platform.Storage.Sqlite;

/// <summary>
/// The prepared statements of one connection, keyed by SQL text and bounded: when full, the least recently used one is
/// finalized (or, if a caller still holds it, finalized when that caller disposes it). Like its connection it is used by
/// one thread at a time; <see cref="SqliteConnectionPool"/> guarantees that by handing a connection to one caller at a time.
/// A cached statement survives schema changes: sqlite3_prepare_v2 statements re-prepare themselves on SQLITE_SCHEMA
/// (https://www.sqlite.org/c3ref/prepare.html), so a statement made before an ALTER or a new index still runs correctly.
/// </summary>
internal sealed class SqliteStatementCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<SqliteStatement>> _bySql = new(StringComparer.Ordinal);
    private readonly LinkedList<SqliteStatement> _recency = new();

    /// <summary>Statements finalized to make room since the connection opened (for diagnostics and tests).</summary>
    public long Evictions { get; private set; }

    public int Count => _bySql.Count;

    /// <summary>The cached statement for <paramref name="sql"/>, now the most recently used; null when not cached.</summary>
    public SqliteStatement? Find(string sql)
    {
        if (!_bySql.TryGetValue(sql, out var node))
        {
            return null;
        }

        if (node != _recency.First)
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
        }

        return node.Value;
    }

    /// <summary>Caches <paramref name="statement"/> as the most recently used, evicting the least recently used beyond capacity.</summary>
    public void Add(SqliteStatement statement)
    {
        _bySql.Add(statement.Sql, _recency.AddFirst(statement));
        while (_bySql.Count > capacity)
        {
            var oldest = _recency.Last!;
            _recency.RemoveLast();
            _bySql.Remove(oldest.Value.Sql);
            oldest.Value.Evict();
            Evictions++;
        }
    }

    /// <summary>Finalizes every cached statement (the connection is closing).</summary>
    public void Clear()
    {
        foreach (var statement in _recency)
        {
            statement.Evict();
        }

        _recency.Clear();
        _bySql.Clear();
    }
}
