namespace Platform.Storage.Sqlite;

/// <summary>
/// A statement's raw pointer for <see cref="SqliteNative"/> column reads, kept valid by one reference on its SafeHandle from
/// <see cref="SqliteStatement.RowColumns"/> until disposed (so a read of many rows pays for the reference once, not per column).
/// </summary>
internal readonly struct SqliteRowColumns : IDisposable
{
    private readonly SQLitePCL.sqlite3_stmt _handle;

    public SqliteRowColumns(SQLitePCL.sqlite3_stmt handle)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        _handle = handle;
        Statement = handle.DangerousGetHandle();
    }

    /// <summary>The native <c>sqlite3_stmt*</c>.</summary>
    public nint Statement { get; }

    public void Dispose() => _handle.DangerousRelease();
}
