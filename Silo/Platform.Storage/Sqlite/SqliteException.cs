namespace Platform.Storage.Sqlite;

/// <summary>An error reported by SQLite (corrupt or non-database file, disk full, I/O error, ...), with its result code.</summary>
public sealed class SqliteException : Exception
{
    public SqliteException(string message, int resultCode)
        : base($"{message} (SQLite result code {resultCode})")
    {
        ResultCode = resultCode;
    }

    /// <summary>The SQLite primary or extended result code (https://www.sqlite.org/rescode.html).</summary>
    public int ResultCode { get; }
}
