using SQLitePCL;

namespace Platform.EdgeAgent.Journal;

/// <summary>
/// The journal's one SQLite connection on the raw SQLitePCL API: WAL journal and synchronous=FULL, so a commit is on disk before
/// it returns (https://www.sqlite.org/pragma.html#pragma_synchronous). Callers serialise access (the journal holds a lock).
/// </summary>
internal sealed class JournalDatabase : IDisposable
{
    private static readonly Lock _initLock = new();
    private static bool _initialized;
    private readonly sqlite3 _db;

    private JournalDatabase(sqlite3 db)
    {
        _db = db;
    }

    public static JournalDatabase Open(string path)
    {
        lock (_initLock)
        {
            if (!_initialized)
            {
                Batteries_V2.Init();
                _initialized = true;
            }
        }

        var rc = raw.sqlite3_open_v2(path, out var db, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_CREATE | raw.SQLITE_OPEN_NOMUTEX, null);
        if (rc != raw.SQLITE_OK)
        {
            var message = db is null ? "out of memory" : raw.sqlite3_errmsg(db).utf8_to_string();
            db?.Dispose();
            throw new JournalException($"Cannot open the agent journal '{path}': {message} (SQLite {rc}).");
        }

        var database = new JournalDatabase(db);
        try
        {
            raw.sqlite3_busy_timeout(db, 5000);
            database.Execute("PRAGMA journal_mode=WAL");
            database.Execute("PRAGMA synchronous=FULL");
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public void Execute(string sql, params object?[] parameters) => Query(sql, parameters, _ => { });

    /// <summary>Runs one statement, calling <paramref name="row"/> for each result row.</summary>
    public void Query(string sql, object?[] parameters, Action<JournalRow> row)
    {
        var rc = raw.sqlite3_prepare_v2(_db, sql, out var statement);
        if (rc != raw.SQLITE_OK)
        {
            statement?.Dispose();
            throw Error("preparing", sql, rc);
        }

        using (statement)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                rc = parameters[i] switch
                {
                    null => raw.sqlite3_bind_null(statement, i + 1),
                    string s => raw.sqlite3_bind_text(statement, i + 1, s),
                    int n => raw.sqlite3_bind_int64(statement, i + 1, n),
                    long n => raw.sqlite3_bind_int64(statement, i + 1, n),
                    bool b => raw.sqlite3_bind_int64(statement, i + 1, b ? 1 : 0),
                    double d => raw.sqlite3_bind_double(statement, i + 1, d),
                    var other => throw new ArgumentException($"Cannot bind {other.GetType().Name}.", nameof(parameters)),
                };
                if (rc != raw.SQLITE_OK)
                {
                    throw Error("binding", sql, rc);
                }
            }

            while (true)
            {
                rc = raw.sqlite3_step(statement);
                if (rc == raw.SQLITE_DONE)
                {
                    return;
                }

                if (rc != raw.SQLITE_ROW)
                {
                    throw Error("running", sql, rc);
                }

                row(new JournalRow(statement));
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction (BEGIN IMMEDIATE … COMMIT), rolled back on any exception.</summary>
    public void InTransaction(Action work)
    {
        Execute("BEGIN IMMEDIATE");
        try
        {
            work();
            Execute("COMMIT");
        }
        catch
        {
            if (raw.sqlite3_get_autocommit(_db) == 0)
            {
                raw.sqlite3_exec(_db, "ROLLBACK");
            }

            throw;
        }
    }

    public void Dispose() => _db.Dispose();

    private JournalException Error(string doing, string sql, int rc) =>
        new($"The agent journal failed {doing} '{(sql.Length > 60 ? sql[..60] + "…" : sql)}': {raw.sqlite3_errmsg(_db).utf8_to_string()} (SQLite {rc}).");
}
