using Npgsql;
using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Postgres;

/// <summary>
/// Creates the PostgreSQL tables idempotently. Concurrent CREATE TABLE IF NOT EXISTS can still collide in the
/// catalog, so every node takes one transaction-scoped advisory lock first and schema work runs one node at a time.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Called by a conditional write that changed no row; its error aborts the write's whole batch.</summary>
    public const string ConflictFunction = "platform_storage_conflict";

    /// <summary>The SQLSTATE that <see cref="ConflictFunction"/> raises (class "PS", not used by PostgreSQL itself).</summary>
    public const string ConflictSqlState = "PS409";

    private const string CreateConflictFunction = $$"""
        CREATE OR REPLACE FUNCTION {{ConflictFunction}}() RETURNS bigint LANGUAGE plpgsql AS $fn$
        BEGIN
            RAISE EXCEPTION 'grain state version conflict' USING ERRCODE = '{{ConflictSqlState}}';
        END
        $fn$
        """;

    // An arbitrary constant naming "platform storage schema" among advisory locks.
    private const long SchemaLockId = 0x5054_5354_5343_4831;

    // Tombstones (payload NULL) keep a cleared record's version, so an ETag is never issued twice for one record.
    private const string BaseTables = """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_type text COLLATE "C" NOT NULL, grain_key text COLLATE "C" NOT NULL, state_name text COLLATE "C" NOT NULL,
            payload bytea, version bigint NOT NULL, modified_at timestamptz NOT NULL,
            PRIMARY KEY (grain_type, grain_key, state_name));
        CREATE TABLE IF NOT EXISTS stream_heads (
            namespace text COLLATE "C" NOT NULL, stream_key text COLLATE "C" NOT NULL, last_sequence bigint NOT NULL,
            PRIMARY KEY (namespace, stream_key));
        CREATE TABLE IF NOT EXISTS stream_events (
            namespace text COLLATE "C" NOT NULL, stream_key text COLLATE "C" NOT NULL, sequence bigint NOT NULL,
            timestamp timestamptz NOT NULL, payload bytea NOT NULL,
            PRIMARY KEY (namespace, stream_key, sequence));
        CREATE TABLE IF NOT EXISTS reminders (
            grain_type text COLLATE "C" NOT NULL, grain_key text COLLATE "C" NOT NULL, name text COLLATE "C" NOT NULL,
            due_at timestamptz NOT NULL, period_ticks bigint, etag text NOT NULL,
            lease_owner text, lease_until timestamptz,
            PRIMARY KEY (grain_type, grain_key, name));
        CREATE INDEX IF NOT EXISTS reminders_due ON reminders (due_at);
        """;

    public static async Task CreateAsync(NpgsqlDataSource dataSource, IndexSqlBuilder builder, IReadOnlyList<IndexTable> indexTables, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({SchemaLockId})"));
        foreach (var statement in BaseTables.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(statement));
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand(CreateConflictFunction));

        foreach (var table in indexTables)
        {
            var statements = builder.CreateTable(table);
            batch.BatchCommands.Add(new NpgsqlBatchCommand(statements[0]));
            foreach (var column in table.Columns)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(
                    $"ALTER TABLE {IndexCatalog.SqlName(table)} ADD COLUMN IF NOT EXISTS {IndexCatalog.SqlName(column.Name)} {PostgresDialect.Instance.ColumnType(column.Type)}"));
            }

            foreach (var statement in statements.Skip(1))
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(statement));
            }
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
