using System.Globalization;
using Platform.Storage.Notifications;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Grain state in SQLite. A write checks the stored version and writes state, index rows and stream events in
/// one IMMEDIATE transaction on the single writer connection, so the check and the write cannot interleave.
/// </summary>
internal sealed class SqliteGrainStorage(
    SqliteConnectionPool pool, SqliteIndexWriter indexes, NotificationHub hub, string nodeId, TimeProvider time) : IGrainStorage
{
    private const string ReadSql = "SELECT payload, version FROM grain_state WHERE grain_type = ?1 AND grain_key = ?2 AND state_name = ?3 AND payload IS NOT NULL";
    private const string VersionSql = "SELECT version, payload IS NULL FROM grain_state WHERE grain_type = ?1 AND grain_key = ?2 AND state_name = ?3";
    private const string UpsertSql = """
        INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version, modified_us) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (grain_type, grain_key, state_name) DO UPDATE SET payload = excluded.payload, version = excluded.version, modified_us = excluded.modified_us
        """;
    private const string ClearSql = "UPDATE grain_state SET payload = NULL, version = version + 1, modified_us = ?4 WHERE grain_type = ?1 AND grain_key = ?2 AND state_name = ?3";

    public Task<StoredGrainState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(key);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(pool.Read(connection =>
        {
            using var statement = Bind(connection.Prepare(ReadSql), key);
            return statement.Step()
                ? new StoredGrainState(statement.GetBytes(0), statement.GetInt64(1).ToString(CultureInfo.InvariantCulture))
                : null;
        }));
    }

    public async Task<WriteResult> WriteAsync(GrainStateWrite write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        StorageKeys.Validate(write.Key);
        var (result, lastSequences) = await pool.WriteAsync(connection =>
        {
            using var transaction = connection.BeginImmediate();
            var stored = StoredVersion(connection, write.Key);
            var matches = write.ExpectedETag is null
                ? stored.Live is null
                : stored.Live is { } live && StorageKeys.ParseVersion(write.ExpectedETag) == live;
            if (!matches)
            {
                throw StateConflict.Create("write", write.Key, stored.Live, write.ExpectedETag);
            }

            var version = (stored.Any ?? 0) + 1;
            var now = time.GetUtcNow();
            using (var upsert = Bind(connection.Prepare(UpsertSql), write.Key))
            {
                upsert.Bind(4, write.Payload.Span).Bind(5, version).Bind(6, Indexing.IndexValues.ToUnixMicroseconds(now)).ExecuteNonQuery();
            }

            indexes.Apply(connection, write.IndexUpserts, write.IndexDeletes);
            var events = SqliteStreamStore.AppendInTransaction(connection, write.Events, now, out var last);
            transaction.Commit();
            return (new WriteResult(version.ToString(CultureInfo.InvariantCulture), events), last);
        }, cancellationToken).ConfigureAwait(false);

        hub.Publish(new GrainStateChanged(nodeId, write.Key, result.ETag));
        SqliteStreamStore.PublishAppended(hub, nodeId, lastSequences);
        return result;
    }

    public async Task ClearAsync(GrainStateKey key, string? expectedETag, IReadOnlyList<(string Table, string Key)> indexDeletes, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(key);
        ArgumentNullException.ThrowIfNull(indexDeletes);
        var cleared = await pool.WriteAsync(connection =>
        {
            using var transaction = connection.BeginImmediate();
            var stored = StoredVersion(connection, key);
            if (expectedETag is not null && (stored.Live is not { } live || StorageKeys.ParseVersion(expectedETag) != live))
            {
                throw StateConflict.Create("clear", key, stored.Live, expectedETag);
            }

            if (stored.Live is not null)
            {
                using var clear = Bind(connection.Prepare(ClearSql), key);
                clear.Bind(4, Indexing.IndexValues.ToUnixMicroseconds(time.GetUtcNow())).ExecuteNonQuery();
            }

            indexes.Apply(connection, [], indexDeletes);
            transaction.Commit();
            return stored.Live is not null;
        }, cancellationToken).ConfigureAwait(false);

        if (cleared)
        {
            hub.Publish(new GrainStateChanged(nodeId, key, null));
        }
    }

    /// <summary>The stored version of any row (tombstone or not) and of a live record only.</summary>
    private static (long? Any, long? Live) StoredVersion(SqliteConnection connection, GrainStateKey key)
    {
        using var statement = Bind(connection.Prepare(VersionSql), key);
        if (!statement.Step())
        {
            return (null, null);
        }

        var version = statement.GetInt64(0);
        return (version, statement.GetInt64(1) != 0 ? null : version);
    }

    private static SqliteStatement Bind(SqliteStatement statement, GrainStateKey key) =>
        statement.Bind(1, key.GrainType).Bind(2, key.GrainKey).Bind(3, key.StateName);
}
