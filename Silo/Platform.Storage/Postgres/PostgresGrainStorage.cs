using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Platform.Storage.Notifications;

namespace Platform.Storage.Postgres;

/// <summary>
/// Grain state in PostgreSQL. A write is one batch, one round trip, one implicit transaction: the conditional
/// state statement (<c>UPDATE ... WHERE version = $v</c>, or an insert that only revives a missing or cleared
/// record), index rows, stream appends and their NOTIFYs. When the state statement changes no row it calls
/// <c>platform_storage_conflict()</c>, whose error aborts the whole batch, so nothing of a rejected write commits.
/// </summary>
internal sealed class PostgresGrainStorage(NpgsqlDataSource dataSource, PostgresIndexWriter indexes, string nodeId, TimeProvider time) : IGrainStorage
{
    private const string Key = "grain_type = $1 AND grain_key = $2 AND state_name = $3";

    // COALESCE evaluates the conflict function only when the write changed no row.
    private const string Checked = $$"""
        SELECT v.version, pg_notify('{{NotificationPayload.Channel}}', $5 || v.version::text || '}')
        FROM (SELECT coalesce((SELECT version FROM w), {{PostgresSchema.ConflictFunction}}()) AS version) v
        """;

    private const string UpdateSql = $$"""
        WITH w AS (UPDATE grain_state SET payload = $4, version = version + 1, modified_at = now()
                   WHERE {{Key}} AND version = $6 AND payload IS NOT NULL RETURNING version)
        {{Checked}}
        """;

    private const string InsertSql = $$"""
        WITH w AS (INSERT INTO grain_state AS g (grain_type, grain_key, state_name, payload, version, modified_at)
                   VALUES ($1, $2, $3, $4, 1, now())
                   ON CONFLICT (grain_type, grain_key, state_name) DO UPDATE
                   SET payload = excluded.payload, version = g.version + 1, modified_at = excluded.modified_at
                   WHERE g.payload IS NULL
                   RETURNING g.version)
        {{Checked}}
        """;

    // A null expected ETag clears whatever is there (possibly nothing: no row, no notification, no conflict).
    private const string ClearSql = $$"""
        WITH w AS (UPDATE grain_state SET payload = NULL, version = version + 1, modified_at = now()
                   WHERE {{Key}} AND ($5::bigint IS NULL OR version = $5) AND payload IS NOT NULL RETURNING version)
        SELECT v.version, pg_notify('{{NotificationPayload.Channel}}', $4 || 'null}')
        FROM (SELECT coalesce((SELECT version FROM w), CASE WHEN $5::bigint IS NULL THEN NULL ELSE {{PostgresSchema.ConflictFunction}}() END) AS version) v
        WHERE v.version IS NOT NULL
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
        var expected = StorageKeys.ParseVersion(write.ExpectedETag);
        if (write.ExpectedETag is not null && expected is null)
        {
            throw await ConflictAsync("write", write.Key, write.ExpectedETag, cancellationToken).ConfigureAwait(false);
        }

        var now = Indexing.IndexValues.TruncateToMicroseconds(time.GetUtcNow());
        await using var batch = dataSource.CreateBatch();
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
        try
        {
            // The reader is disposed (read to the end of the batch, i.e. past the commit) before returning.
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var newVersion = reader.GetInt64(0);
            var events = await PostgresStreamStore.ReadAppendedAsync(reader, groups, write.Events, now, onFirstAppend: false, cancellationToken).ConfigureAwait(false);
            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
            {
            }

            return new WriteResult(newVersion.ToString(CultureInfo.InvariantCulture), events);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresSchema.ConflictSqlState)
        {
            throw await ConflictAsync("write", write.Key, write.ExpectedETag, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ClearAsync(GrainStateKey key, string? expectedETag, IReadOnlyList<(string Table, string Key)> indexDeletes, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(key);
        ArgumentNullException.ThrowIfNull(indexDeletes);
        var expected = StorageKeys.ParseVersion(expectedETag);
        if (expectedETag is not null && expected is null)
        {
            throw await ConflictAsync("clear", key, expectedETag, cancellationToken).ConfigureAwait(false);
        }

        await using var batch = dataSource.CreateBatch();
        var clear = new NpgsqlBatchCommand(ClearSql);
        AddKey(clear.Parameters, key);
        clear.Parameters.Add(new NpgsqlParameter<string> { TypedValue = NotificationPayload.GrainChangedPrefix(nodeId, key) });
        clear.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)expected ?? DBNull.Value });
        batch.BatchCommands.Add(clear);
        indexes.Add(batch, [], indexDeletes);
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresSchema.ConflictSqlState)
        {
            throw await ConflictAsync("clear", key, expectedETag, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The conflict error, with the record's current version read after the aborted batch.</summary>
    private async Task<Platform.Runtime.InconsistentStateException> ConflictAsync(string operation, GrainStateKey key, string? expectedETag, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT version FROM grain_state WHERE {Key} AND payload IS NOT NULL");
        AddKey(command.Parameters, key);
        var stored = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
        return StateConflict.Create(operation, key, stored, expectedETag);
    }

    private static void AddKey(NpgsqlParameterCollection parameters, GrainStateKey key)
    {
        parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainType });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = key.GrainKey });
        parameters.Add(new NpgsqlParameter<string> { TypedValue = key.StateName });
    }
}
