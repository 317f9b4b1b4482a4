using SQLitePCL;

namespace Platform.AgentLink.Outbox;

/// <summary>Statement plumbing of the link database: prepare, bind, step, and SQLite result codes as typed errors.</summary>
public sealed partial class LinkDatabase
{
    private void Execute(string sql)
    {
        var rc = raw.sqlite3_exec(_db, sql, out var error);
        if (rc != raw.SQLITE_OK)
        {
            throw Failure(rc, error);
        }
    }

    private void Run(string sql, Action<sqlite3_stmt> bind) => Query(sql, bind, _ => { });

    private void Query(string sql, Action<sqlite3_stmt> bind, Action<sqlite3_stmt> row)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
        using (statement)
        {
            bind(statement);
            while (true)
            {
                var rc = raw.sqlite3_step(statement);
                if (rc == raw.SQLITE_ROW)
                {
                    row(statement);
                }
                else if (rc == raw.SQLITE_DONE)
                {
                    return;
                }
                else
                {
                    throw Failure(rc, raw.sqlite3_errmsg(_db).utf8_to_string());
                }
            }
        }
    }

    private void Bind(sqlite3_stmt statement, int index, string value) => Check(raw.sqlite3_bind_text(statement, index, value));

    private static string Text(sqlite3_stmt statement, int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw Failure(rc, raw.sqlite3_errmsg(_db).utf8_to_string());
        }
    }

    private static LinkStorageException Failure(int rc, string message) =>
        (rc & 0xFF) == raw.SQLITE_FULL
            ? new OutboxFullException($"The agent's outbox is full (disk or size limit): {message}", rc)
            : new LinkStorageException($"The agent's link database failed: {message}", rc);
}
