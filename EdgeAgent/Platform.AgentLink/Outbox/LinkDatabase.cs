using SQLitePCL;

namespace Platform.AgentLink.Outbox;

/// <summary>
/// The agent's link database (embedded SQLite): the report outbox, reports the platform refused (kept, never silently
/// dropped), and the last command processed. WAL journal and synchronous=FULL, so a method that returns has its change
/// fsynced (https://www.sqlite.org/pragma.html#pragma_synchronous). One connection, serialised by a lock; thread safe.
/// </summary>
public sealed partial class LinkDatabase : IDisposable
{
    private static readonly Lock _initLock = new();
    private static bool _initialized;

    private readonly Lock _lock = new();
    private readonly sqlite3 _db;

    private LinkDatabase(sqlite3 db)
    {
        _db = db;
    }

    /// <summary>Opens or creates the database. <paramref name="maxPageCount"/> caps its size (tests use it to make the disk "full").</summary>
    public static LinkDatabase Open(string path, long? maxPageCount = null)
    {
        lock (_initLock)
        {
            if (!_initialized)
            {
                Batteries_V2.Init();
                _initialized = true;
            }
        }

        var rc = raw.sqlite3_open_v2(path, out var db, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_CREATE | raw.SQLITE_OPEN_FULLMUTEX, null);
        if (rc != raw.SQLITE_OK)
        {
            var message = db is null ? "out of memory" : raw.sqlite3_errmsg(db).utf8_to_string();
            db?.Dispose();
            throw new LinkStorageException($"Cannot open the agent's link database '{path}': {message}", rc);
        }

        var database = new LinkDatabase(db);
        try
        {
            raw.sqlite3_busy_timeout(db, 5000);
            database.Execute("PRAGMA journal_mode=WAL");
            database.Execute("PRAGMA synchronous=FULL");
            if (maxPageCount is { } pages)
            {
                database.Execute($"PRAGMA max_page_count={pages}");
            }

            database.Execute("""
                CREATE TABLE IF NOT EXISTS outbox (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    idempotency_key TEXT NOT NULL UNIQUE,
                    body TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS refused_reports (
                    idempotency_key TEXT PRIMARY KEY,
                    kind TEXT NOT NULL,
                    body TEXT NOT NULL,
                    code TEXT NOT NULL,
                    message TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS link_state (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
                """);
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>Stores a report durably; a key already in the outbox is kept as it is (the platform dedups by key anyway).</summary>
    public void Enqueue(string kind, string idempotencyKey, string json)
    {
        lock (_lock)
        {
            Run("INSERT INTO outbox (kind, idempotency_key, body) VALUES (?1, ?2, ?3) ON CONFLICT (idempotency_key) DO NOTHING", s =>
            {
                Bind(s, 1, kind);
                Bind(s, 2, idempotencyKey);
                Bind(s, 3, json);
            });
        }
    }

    /// <summary>The oldest <paramref name="max"/> reports, in enqueue order.</summary>
    public IReadOnlyList<OutboxRow> Peek(int max)
    {
        lock (_lock)
        {
            var rows = new List<OutboxRow>();
            Query("SELECT seq, kind, idempotency_key, body FROM outbox ORDER BY seq LIMIT ?1", s => Check(raw.sqlite3_bind_int(s, 1, max)), s =>
                rows.Add(new OutboxRow(raw.sqlite3_column_int64(s, 0), Text(s, 1), Text(s, 2), Text(s, 3))));
            return rows;
        }
    }

    public long Count()
    {
        lock (_lock)
        {
            long count = 0;
            Query("SELECT COUNT(*) FROM outbox", _ => { }, s => count = raw.sqlite3_column_int64(s, 0));
            return count;
        }
    }

    /// <summary>Deletes acknowledged reports and records refused ones, in one transaction.</summary>
    public void Acknowledge(IReadOnlyList<long> delivered, IReadOnlyList<(OutboxRow Row, string Code, string Message)> refused)
    {
        lock (_lock)
        {
            Execute("BEGIN IMMEDIATE");
            try
            {
                foreach (var (row, code, message) in refused)
                {
                    Run("INSERT OR REPLACE INTO refused_reports (idempotency_key, kind, body, code, message) VALUES (?1, ?2, ?3, ?4, ?5)", s =>
                    {
                        Bind(s, 1, row.IdempotencyKey);
                        Bind(s, 2, row.Kind);
                        Bind(s, 3, row.Json);
                        Bind(s, 4, code);
                        Bind(s, 5, message);
                    });
                }

                foreach (var seq in delivered.Concat(refused.Select(r => r.Row.Sequence)))
                {
                    Run("DELETE FROM outbox WHERE seq = ?1", s => Check(raw.sqlite3_bind_int64(s, 1, seq)));
                }

                Execute("COMMIT");
            }
            catch
            {
                raw.sqlite3_exec(_db, "ROLLBACK");
                throw;
            }
        }
    }

    /// <summary>Reports the platform refused for good (code and message), for the operator.</summary>
    public IReadOnlyList<(string IdempotencyKey, string Code, string Message)> RefusedReports()
    {
        lock (_lock)
        {
            var rows = new List<(string, string, string)>();
            Query("SELECT idempotency_key, code, message FROM refused_reports ORDER BY idempotency_key", _ => { }, s => rows.Add((Text(s, 0), Text(s, 1), Text(s, 2))));
            return rows;
        }
    }

    public long? ReadState(string name)
    {
        lock (_lock)
        {
            long? value = null;
            Query("SELECT value FROM link_state WHERE name = ?1", s => Bind(s, 1, name), s => value = raw.sqlite3_column_int64(s, 0));
            return value;
        }
    }

    public void WriteState(string name, long value)
    {
        lock (_lock)
        {
            Run("INSERT INTO link_state (name, value) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE SET value = excluded.value", s =>
            {
                Bind(s, 1, name);
                Check(raw.sqlite3_bind_int64(s, 2, value));
            });
        }
    }

    public void Dispose() => _db.Dispose();
}
