using SQLitePCL;

namespace Platform.Storage.Sqlite;

/// <summary>
/// A prepared SQLite statement: bind parameters (1-based), step through rows, read columns (0-based).
/// Disposing a cached statement resets it (ending its implicit read transaction) and clears its bindings for reuse;
/// disposing a transient one, or a cached one evicted while in use, finalizes it.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _handle;
    private bool _cached;
    private bool _finalized;

    public SqliteStatement(SqliteConnection connection, sqlite3_stmt handle, string sql, bool cached)
    {
        _connection = connection;
        _handle = handle;
        Sql = sql;
        _cached = cached;
    }

    public string Sql { get; }

    /// <summary>Handed to a caller who has not disposed it yet: a second caller on the connection gets a transient copy.</summary>
    public bool InUse { get; set; }

    public SqliteStatement Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_handle, index) : raw.sqlite3_bind_text(_handle, index, value));

    public SqliteStatement Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_handle, index, value));

    public SqliteStatement Bind(int index, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_handle, index, v) : raw.sqlite3_bind_null(_handle, index));

    public SqliteStatement Bind(int index, double value) => Check(raw.sqlite3_bind_double(_handle, index, value));

    public SqliteStatement Bind(int index, ReadOnlySpan<byte> value) =>
        // An empty span binds NULL in SQLite; a zero-length blob keeps "empty" distinct from "missing".
        Check(value.IsEmpty ? raw.sqlite3_bind_zeroblob(_handle, index, 0) : raw.sqlite3_bind_blob(_handle, index, value));

    public SqliteStatement BindNull(int index) => Check(raw.sqlite3_bind_null(_handle, index));

    /// <summary>Advances to the next row; false when the statement is done.</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_handle);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc == raw.SQLITE_DONE)
        {
            return false;
        }

        throw _connection.Error("executing a statement", rc);
    }

    /// <summary>Runs a statement that returns no rows; returns the number of rows it changed.</summary>
    public int ExecuteNonQuery()
    {
        while (Step())
        {
        }

        return _connection.Changes;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_handle, column) == raw.SQLITE_NULL;

    public long GetInt64(int column) => raw.sqlite3_column_int64(_handle, column);

    public double GetDouble(int column) => raw.sqlite3_column_double(_handle, column);

    public string GetString(int column) => raw.sqlite3_column_text(_handle, column).utf8_to_string();

    /// <summary>Raw column access for reading many rows: dispose it before the statement (it holds a reference on the handle).</summary>
    public SqliteRowColumns RowColumns() => new(_handle);

    public byte[] GetBytes(int column) => raw.sqlite3_column_blob(_handle, column).ToArray();

    /// <summary>Readies the statement for reuse: clears the row cursor and every binding.</summary>
    public void Reset()
    {
        raw.sqlite3_reset(_handle);
        raw.sqlite3_clear_bindings(_handle);
    }

    public void Dispose()
    {
        InUse = false;
        if (_cached)
        {
            Reset();
        }
        else
        {
            FinalizeHandle();
        }
    }

    /// <summary>
    /// Drops the statement from its cache: finalized now, or, if a caller still holds it, when that caller disposes it
    /// (finalizing a statement in use would leave the caller a dangling handle).
    /// </summary>
    internal void Evict()
    {
        _cached = false;
        if (!InUse)
        {
            FinalizeHandle();
        }
    }

    /// <summary>Whether the native statement has been finalized (for tests).</summary>
    internal bool IsFinalized => _finalized;

    private void FinalizeHandle()
    {
        if (!_finalized)
        {
            _finalized = true;
            _handle.Dispose();
        }
    }

    private SqliteStatement Check(int rc) =>
        rc == raw.SQLITE_OK ? this : throw _connection.Error("binding a parameter", rc);
}
