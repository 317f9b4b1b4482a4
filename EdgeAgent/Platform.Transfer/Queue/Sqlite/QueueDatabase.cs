using SQLitePCL;

namespace Platform.Transfer.Queue.Sqlite;

/// <summary>
/// The queue's one SQLite connection on the raw SQLitePCL API (the agent must not reference the Silo's
/// storage provider, so this is the agent's own small copy of its opening rules). Not thread safe: the
/// queue serializes every call behind its lock.
/// </summary>
internal sealed class QueueDatabase : IDisposable
{
    private static readonly Lock _initLock = new();
    private static bool _initialized;

    private readonly sqlite3 _db;
    private readonly string _path;
    private readonly Dictionary<string, QueueStatement> _statements = new(StringComparer.Ordinal);

    private QueueDatabase(sqlite3 db, string path)
    {
        _db = db;
        _path = path;
    }

    /// <summary>
    /// Opens (creating if needed) with durable settings: WAL journal and synchronous=FULL, so a change is
    /// fsynced before the call returns (https://www.sqlite.org/pragma.html#pragma_synchronous) and a
    /// killed agent loses nothing it was told had been queued.
    /// </summary>
    public static QueueDatabase Open(string path)
    {
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
            throw TransferQueueException.For(path, "opening", message, rc);
        }

        var database = new QueueDatabase(db, path);
        try
        {
            raw.sqlite3_busy_timeout(db, 5000);
            database.Execute("PRAGMA journal_mode=WAL");
            database.Execute("PRAGMA synchronous=FULL");
            database.Execute("PRAGMA foreign_keys=ON");
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public int Changes => raw.sqlite3_changes(_db);

    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    public void Execute(string sql)
    {
        var rc = raw.sqlite3_exec(_db, sql, out var error);
        if (rc != raw.SQLITE_OK)
        {
            throw TransferQueueException.For(_path, "running " + Abbreviate(sql), error ?? string.Empty, rc);
        }
    }

    public QueueStatement Prepare(string sql)
    {
        if (_statements.TryGetValue(sql, out var cached))
        {
            return cached;
        }

        var rc = raw.sqlite3_prepare_v2(_db, sql, out var handle);
        if (rc != raw.SQLITE_OK)
        {
            handle?.Dispose();
            throw Error("preparing " + Abbreviate(sql), rc);
        }

        var statement = new QueueStatement(this, handle);
        _statements[sql] = statement;
        return statement;
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction; any failure rolls all of it back.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        Execute("BEGIN IMMEDIATE");
        try
        {
            var result = work();
            Execute("COMMIT");
            return result;
        }
        catch
        {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL); only roll back what is open.
            if (raw.sqlite3_get_autocommit(_db) == 0)
            {
                raw.sqlite3_exec(_db, "ROLLBACK");
            }

            throw;
        }
    }

    public TransferQueueException Error(string doing, int resultCode) =>
        TransferQueueException.For(_path, doing, raw.sqlite3_errmsg(_db).utf8_to_string(), resultCode);

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Release();
        }

        _statements.Clear();
        _db.Dispose();
    }

    private static string Abbreviate(string sql) => sql.Length <= 60 ? sql : sql[..60] + "...";
}
