using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Sqlite;

/// <summary>Creates the SQLite tables (idempotently) and adds columns declared since an index table was created.</summary>
internal static class SqliteSchema
{
    // Tombstones (payload NULL) keep a cleared record's version, so an ETag is never issued twice for one record.
    private const string BaseTables = """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_type TEXT NOT NULL, grain_key TEXT NOT NULL, state_name TEXT NOT NULL,
            payload BLOB, version INTEGER NOT NULL, modified_us INTEGER NOT NULL,
            PRIMARY KEY (grain_type, grain_key, state_name));
        CREATE TABLE IF NOT EXISTS stream_events (
            namespace TEXT NOT NULL, stream_key TEXT NOT NULL, sequence INTEGER NOT NULL,
            timestamp_us INTEGER NOT NULL, payload BLOB NOT NULL,
            PRIMARY KEY (namespace, stream_key, sequence));
        CREATE TABLE IF NOT EXISTS reminders (
            grain_type TEXT NOT NULL, grain_key TEXT NOT NULL, name TEXT NOT NULL,
            due_us INTEGER NOT NULL, period_ticks INTEGER, etag TEXT NOT NULL,
            lease_owner TEXT, lease_until_us INTEGER,
            PRIMARY KEY (grain_type, grain_key, name));
        CREATE INDEX IF NOT EXISTS reminders_due ON reminders (due_us);
        """;

    public static void CreateBaseTables(SqliteConnection connection) => connection.Execute(BaseTables);

    public static void CreateIndexTable(SqliteConnection connection, IndexSqlBuilder builder, IndexTable table)
    {
        var statements = builder.CreateTable(table);
        connection.Execute(statements[0]);
        var existing = ExistingColumns(connection, table);
        foreach (var column in table.Columns.Where(c => !existing.Contains(c.Name)))
        {
            connection.Execute($"ALTER TABLE {IndexCatalog.SqlName(table)} ADD COLUMN {IndexCatalog.SqlName(column.Name)} {SqliteDialect.Instance.ColumnType(column.Type)}");
        }

        foreach (var statement in statements.Skip(1))
        {
            connection.Execute(statement);
        }
    }

    private static HashSet<string> ExistingColumns(SqliteConnection connection, IndexTable table)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var statement = connection.PrepareTransient($"SELECT name FROM pragma_table_info('ix_{table.Name}')");
        while (statement.Step())
        {
            names.Add(statement.GetString(0));
        }

        return names;
    }
}
