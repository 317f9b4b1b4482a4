using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Platform.Storage.Notifications;

namespace Platform.Storage.Postgres;

/// <summary>
/// Grain state in PostgreSQL. A write is one batch in one transaction: the conditional state statement
/// (<c>UPDATE ... WHERE version = $v</c>, or an insert that only revives a missing or cleared record), index
/// rows, stream appends and their NOTIFYs. No row from the state statement means a conflict: roll back.
/// </summary>
internal sealed class PostgresGrainStorage(NpgsqlDataSource dataSource, PostgresIndexWriter indexes, string nodeId, TimeProvider time) : IGrainStorage
{
    private const string Key = "grain_type = $1 AND grain_key = $2 AND state_name = $3";
    private const string Notify = $"pg_notify('{NotificationPayload.Channel}', $5 || version::text || '}}')";

    private const string UpdateSql = $$"""
        WITH w AS (UPDATE grain_state SET payload = $4, version = version + 1, modified_at = now()
                   WHERE {{Key}} AND version = $6 AND payload IS NOT NULL RETURNING version)
        SELECT version, {{Notify}} FROM w
        """;

    private const string InsertSql = $$"""
        WITH w AS (INSERT INTO grain_state AS g (grain_type, grain_key, state_name, payload, version, modified_at)
                   VALUES ($1, $2, $3, $4, 1, now())
                   ON CONFLICT (grain_type, grain_key, state_name) DO UPDATE
                   SET payload = excluded.payload, version = g.version + 1, modified_at = excluded.modified_at
                   WHERE g.payload IS NULL
                   RETURNING g.version)
        SELECT version, {{Notify}} FROM w
        """;

    private const string ClearSql = $$"""
        WITH w AS (UPDATE grain_state SET payload = NULL, version = version + 1, modified_at = now()
                   WHERE {{Key}} AND ($5::bigint IS NULL OR version = $5) AND payload IS NOT NULL RETURNING version)
        SELECT version, pg_notify('{{NotificationPayload.Channel}}', $4 || 'null}') FROM w
        """;

    private const string ReadSql = $"SELECT payload, version FROM grain_state WHERE {Key} AND payload IS NOT NULL";

    public async Task<StoredGrainState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(key);
        await using var command = dataSource.CreateCommand(ReadSql);
        AddKey(command.Parameters, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredGrainState(reader.GetFieldValue<byte[]>(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture))
            : null;
    }

    public async Task<WriteResult> WriteAsync(GrainStateWrite write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        StorageKeys.Validate(write.Key);
        long? expected = null;
        if (write.ExpectedETag is not null && (expected = StorageKeys.ParseVersion(write.ExpectedETag)) is null)
        {
            throw StateConflict.Create("write", write.Key, await LiveVersionAsync(write.Key, cancellationToken).ConfigureAwait(false), write.ExpectedETag);
        }

        var now = Indexing.IndexValues.TruncateToMicroseconds(time.GetUtcNow());
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        var state = new NpgsqlBatchCommand(expected is null ? InsertSql : UpdateSql);
        AddKey(state.Parameters, write.Key);
        state.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = write.Payload });
        state.Parameters.Add(new NpgsqlParameter<string> { TypedValue = NotificationPayload.GrainChangedPrefix(nodeId, write.Key) });
        if (expected is { } version)
        {
            state.Parameters.Add(new NpgsqlParameter<long> { TypedValue = version });
        }

        batch.BatchCommands.Add(state);
        indexes.Add(batch, write.IndexUpserts, write.IndexDeletes);
        var groups = PostgresStreamStore.AddAppends(batch, write.Events, nodeId, now);

        long newVersion;
        IReadOnlyList<StoredStreamEvent> events;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.DisposeAsync().ConfigureAwait(false);
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                throw StateConflict.Create("write", write.Key, await LiveVersionAsync(write.Key, cancellationToken).ConfigureAwait(false), write.ExpectedETag);
            }

            newVersion = reader.GetInt64(0);
            events = await PostgresStreamStore.ReadAppendedAsync(reader, groups, write.Events, now, onFirstAppend: false, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteResult(newVersion.ToString(CultureInfo.InvariantCulture), events);
    }

    public async Task ClearAsync(GrainStateKey key, string? expectedETag, IReadOnlyList<(string Table, string Key)> indexDeletes, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(key);
        ArgumentNullException.ThrowIfNull(indexDeletes);
        var expected = StorageKeys.ParseVersion(expectedETag);
        if (expectedETag is not null && expected is null)
        {
            throw StateConflict.Create("clear", key, await LiveVersionAsync(key, cancellationToken).ConfigureAwait(false), expectedETag);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        var clear = new NpgsqlBatchCommand(ClearSql);
        AddKey(clear.Parameters, key);
        clear.Parameters.Add(new NpgsqlParameter<string> { TypedValue = NotificationPayload.GrainChangedPrefix(nodeId, key) });
        clear.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)expected ?? DBNull.Value });
        batch.BatchCommands.Add(clear);
        indexes.Add(batch, [], indexDeletes);

        bool cleared;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            cleared = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!cleared && expected is not null)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            throw StateConflict.Create("clear", key, await LiveVersionAsync(key, cancellationToken).ConfigureAwait(false), expectedETag);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The current version of a live record, for the conflict message (read after the rollback).</summary>
    private async Task<long?> LiveVersionAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT version FROM grain_state WHERE {Key} AND payload IS NOT NULL");
        AddKey(command.Parameters, key);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
    }

    private static void AddKey(NpgsqlParameterCollection parameters, GrainStateKey key)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainType });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainKey });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = key.StateName });
    }
}
