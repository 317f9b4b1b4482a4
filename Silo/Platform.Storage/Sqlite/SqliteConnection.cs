using SQLitePCL;

namespace Platform.Storage.Sqlite;

/// <summary>
/// One SQLite connection on the raw SQLitePCL API, with a cache of prepared statements. Not thread safe:
/// the pool hands each connection to one caller at a time.
/// </summary>
internal sealed class SqliteConnection : IDisposable
{
    private static readonly Lock _initLock = new();
    private static bool _initialized;

    /// <summary>Prepared statements kept per connection: enough for every fixed statement plus the recent list-query shapes.</summary>
    public const int StatementCacheCapacity = 128;

    private readonly sqlite3 _db;
    private readonly SqliteStatementCache _statements = new(StatementCacheCapacity);

    private SqliteConnection(sqlite3 db)
    {
        _db = db;
    }

    /// <summary>
    /// Opens (creating if needed) a database with durable settings: WAL journal, synchronous=FULL so a
    /// commit is fsynced before it is acknowledged (https://www.sqlite.org/pragma.html#pragma_synchronous).
    /// </summary>
    public static SqliteConnection Open(string path, TimeSpan busyTimeout)
    {
        // Every opener waits until the native provider is set; a flag alone let a second thread open before Init finished.
        lock (_initLock)
        {
            if (!_initialized)
            {
                Batteries_V2.Init();
                _initialized = true;
            }
        }

        var flags = raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_CREATE | raw.SQLITE_OPEN_NOMUTEX;
        var rc = raw.sqlite3_open_v2(path, out var db, flags, null);
        if (rc != raw.SQLITE_OK)
        {
            var message = db is null ? "out of memory" : raw.sqlite3_errmsg(db).utf8_to_string();
            db?.Dispose();
            throw new SqliteException($"Cannot open SQLite database '{path}': {message}", rc);
        }

        var connection = new SqliteConnection(db);
        try
        {
            raw.sqlite3_busy_timeout(db, (int)busyTimeout.TotalMilliseconds);
            connection.Execute("PRAGMA journal_mode=WAL");
            connection.Execute("PRAGMA synchronous=FULL");
            connection.Execute("PRAGMA foreign_keys=ON");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Rows changed by the last INSERT, UPDATE or DELETE.</summary>
    public int Changes => raw.sqlite3_changes(_db);

    /// <summary>Runs SQL that returns no rows we need (pragmas, DDL, BEGIN/COMMIT); several statements allowed.</summary>
    public void Execute(string sql)
    {
        var rc = raw.sqlite3_exec(_db, sql, out var error);
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite failed running '{Abbreviate(sql)}': {error}", rc);
        }
    }

    /// <summary>
    /// A prepared statement for <paramref name="sql"/> from the connection's bounded cache (prepared and cached on first
    /// use); dispose it to reset it and clear its bindings. If the cached one is still in use (a nested read of the same
    /// SQL), this one is transient.
    /// </summary>
    public SqliteStatement Prepare(string sql)
    {
        if (_statements.Find(sql) is { } cached)
        {
            if (cached.InUse)
            {
                return PrepareTransient(sql);
            }

            cached.InUse = true;
            return cached;
        }

        var statement = new SqliteStatement(this, PrepareHandle(sql), sql, cached: true) { InUse = true };
        _statements.Add(statement);
        return statement;
    }

    /// <summary>Prepares a statement that is not cached (one-off SQL); the caller disposes it.</summary>
    public SqliteStatement PrepareTransient(string sql) => new(this, PrepareHandle(sql), sql, cached: false);

    /// <summary>The connection's statement cache (for diagnostics and tests).</summary>
    internal SqliteStatementCache Statements => _statements;

    private sqlite3_stmt PrepareHandle(string sql)
    {
        var rc = raw.sqlite3_prepare_v2(_db, sql, out var handle);
        if (rc != raw.SQLITE_OK)
        {
            handle?.Dispose();
            throw Error($"preparing '{Abbreviate(sql)}'", rc);
        }

        return handle;
    }

    /// <summary>Starts a write transaction that takes the write lock at once (BEGIN IMMEDIATE).</summary>
    public SqliteTransaction BeginImmediate()
    {
        Execute("BEGIN IMMEDIATE");
        return new SqliteTransaction(this);
    }

    /// <summary>Rolls back the open transaction, if any; SQLite may already have rolled it back after an error.</summary>
    public void TryRollback()
    {
        if (raw.sqlite3_get_autocommit(_db) == 0)
        {
            raw.sqlite3_exec(_db, "ROLLBACK");
        }
    }

    internal SqliteException Error(string doing, int resultCode) =>
        new($"SQLite failed {doing}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", resultCode);

    public void Dispose()
    {
        _statements.Clear();
        _db.Dispose();
    }

    private static string Abbreviate(string sql) => sql.Length <= 80 ? sql : sql[..80] + "...";
}
