using SQLitePCL;

namespace Platform.Transfer.Queue.Sqlite;

/// <summary>A cached prepared statement: bind (1-based), step, read columns (0-based); dispose to reset it for reuse.</summary>
internal sealed class QueueStatement(QueueDatabase database, sqlite3_stmt handle) : IDisposable
{
    public QueueStatement Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(handle, index) : raw.sqlite3_bind_text(handle, index, value));

    public QueueStatement Bind(int index, long value) => Check(raw.sqlite3_bind_int64(handle, index, value));

    public QueueStatement Bind(int index, ReadOnlySpan<byte> value) => Check(raw.sqlite3_bind_blob(handle, index, value));

    public bool Step()
    {
        var rc = raw.sqlite3_step(handle);
        return rc switch
        {
            raw.SQLITE_ROW => true,
            raw.SQLITE_DONE => false,
            _ => throw database.Error("executing a statement", rc),
        };
    }

    public int ExecuteNonQuery()
    {
        while (Step())
        {
        }

        return database.Changes;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(handle, column) == raw.SQLITE_NULL;

    public long GetInt64(int column) => raw.sqlite3_column_int64(handle, column);

    public string GetString(int column) => raw.sqlite3_column_text(handle, column).utf8_to_string();

    public string? GetNullableString(int column) => IsNull(column) ? null : GetString(column);

    public byte[] GetBytes(int column) => raw.sqlite3_column_blob(handle, column).ToArray();

    public void Dispose()
    {
        raw.sqlite3_reset(handle);
        raw.sqlite3_clear_bindings(handle);
    }

    internal void Release() => handle.Dispose();

    private QueueStatement Check(int rc) => rc == raw.SQLITE_OK ? this : throw database.Error("binding a parameter", rc);
}
