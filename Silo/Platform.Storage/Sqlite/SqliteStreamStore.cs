using Platform.Storage.Indexing;
using Platform.Storage.Notifications;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Durable streams in SQLite. Sequences are max + 1 per stream, taken inside the single writer's
/// transaction, so concurrent appenders can never produce a gap or a duplicate.
/// </summary>
internal sealed class SqliteStreamStore(SqliteConnectionPool pool, NotificationHub hub, string nodeId, TimeProvider time) : IStreamStore
{
    private const string LastSql = "SELECT coalesce(max(sequence), 0) FROM stream_events WHERE namespace = ?1 AND stream_key = ?2";
    private const string InsertSql = "INSERT INTO stream_events (namespace, stream_key, sequence, timestamp_us, payload) VALUES (?1, ?2, ?3, ?4, ?5)";
    private const string ReadSql = """
        SELECT sequence, timestamp_us, payload FROM stream_events
        WHERE namespace = ?1 AND stream_key = ?2 AND sequence >= ?3 ORDER BY sequence LIMIT ?4
        """;

    public async Task<IReadOnlyList<StoredStreamEvent>> AppendAsync(IReadOnlyList<StreamAppend> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var (stored, last) = await pool.WriteAsync(connection =>
        {
            using var transaction = connection.BeginImmediate();
            var appended = AppendInTransaction(connection, events, time.GetUtcNow(), out var lastSequences);
            transaction.Commit();
            return (appended, lastSequences);
        }, cancellationToken).ConfigureAwait(false);
        PublishAppended(hub, nodeId, last);
        return stored;
    }

    public Task<IReadOnlyList<StoredStreamEvent>> ReadAsync(string streamNamespace, string key, long fromSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        StorageKeys.ValidateStream(streamNamespace, key);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<StoredStreamEvent>>(pool.Read(connection =>
        {
            using var statement = connection.Prepare(ReadSql).Bind(1, streamNamespace).Bind(2, key).Bind(3, fromSequence).Bind(4, (long)maxCount);
            var events = new List<StoredStreamEvent>();
            while (statement.Step())
            {
                events.Add(new StoredStreamEvent(streamNamespace, key, statement.GetInt64(0),
                    IndexValues.FromUnixMicroseconds(statement.GetInt64(1)), statement.GetBytes(2)));
            }

            return events;
        }));
    }

    public Task<long> GetLastSequenceAsync(string streamNamespace, string key, CancellationToken cancellationToken = default)
    {
        StorageKeys.ValidateStream(streamNamespace, key);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(pool.Read(connection => LastSequence(connection, streamNamespace, key)));
    }

    /// <summary>Appends inside the caller's write transaction; <paramref name="lastSequences"/> gets each touched stream's new head.</summary>
    public static IReadOnlyList<StoredStreamEvent> AppendInTransaction(
        SqliteConnection connection, IReadOnlyList<StreamAppend> events, DateTimeOffset now, out Dictionary<(string Namespace, string Key), long> lastSequences)
    {
        ArgumentNullException.ThrowIfNull(events);
        lastSequences = [];
        var stored = new List<StoredStreamEvent>(events.Count);
        var timestamp = IndexValues.TruncateToMicroseconds(now);
        foreach (var append in events)
        {
            StorageKeys.ValidateStream(append.Namespace, append.Key);
            var stream = (append.Namespace, append.Key);
            var sequence = (lastSequences.TryGetValue(stream, out var last) ? last : LastSequence(connection, append.Namespace, append.Key)) + 1;
            using (var insert = connection.Prepare(InsertSql))
            {
                insert.Bind(1, append.Namespace).Bind(2, append.Key).Bind(3, sequence)
                    .Bind(4, IndexValues.ToUnixMicroseconds(timestamp)).Bind(5, append.Payload.Span).ExecuteNonQuery();
            }

            lastSequences[stream] = sequence;
            stored.Add(new StoredStreamEvent(append.Namespace, append.Key, sequence, timestamp, append.Payload.ToArray()));
        }

        return stored;
    }

    public static void PublishAppended(NotificationHub hub, string nodeId, Dictionary<(string Namespace, string Key), long> lastSequences)
    {
        foreach (var ((streamNamespace, key), last) in lastSequences)
        {
            hub.Publish(new StreamAppended(nodeId, streamNamespace, key, last));
        }
    }

    private static long LastSequence(SqliteConnection connection, string streamNamespace, string key)
    {
        using var statement = connection.Prepare(LastSql).Bind(1, streamNamespace).Bind(2, key);
        statement.Step();
        return statement.GetInt64(0);
    }
}
