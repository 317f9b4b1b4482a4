using Npgsql;
using NpgsqlTypes;
using Platform.Storage.Notifications;

namespace Platform.Storage.Postgres;

/// <summary>
/// Durable streams in PostgreSQL. Each append reserves its sequences by bumping the stream's head row
/// (<c>INSERT ... ON CONFLICT DO UPDATE</c>), which stays locked until commit: concurrent appenders queue on
/// it, and a rolled-back append rolls its reservation back too, so sequences have no gaps.
/// </summary>
internal sealed class PostgresStreamStore(NpgsqlDataSource dataSource, string nodeId, TimeProvider time) : IStreamStore
{
    private const string AppendSql = $$"""
        WITH head AS (
            INSERT INTO stream_heads AS h (namespace, stream_key, last_sequence) VALUES ($1, $2, $3)
            ON CONFLICT (namespace, stream_key) DO UPDATE SET last_sequence = h.last_sequence + excluded.last_sequence
            RETURNING h.last_sequence),
        appended AS (
            INSERT INTO stream_events (namespace, stream_key, sequence, timestamp, payload)
            SELECT $1, $2, head.last_sequence - $3 + e.ordinality, $4, e.payload
            FROM head, unnest($5::bytea[]) WITH ORDINALITY AS e(payload, ordinality))
        SELECT last_sequence, pg_notify('{{NotificationPayload.Channel}}', $6 || last_sequence::text || '}') FROM head
        """;

    private const string ReadSql = """
        SELECT sequence, timestamp, payload FROM stream_events
        WHERE namespace = $1 AND stream_key = $2 AND sequence >= $3 ORDER BY sequence LIMIT $4
        """;

    public async Task<IReadOnlyList<StoredStreamEvent>> AppendAsync(IReadOnlyList<StreamAppend> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var now = Indexing.IndexValues.TruncateToMicroseconds(time.GetUtcNow());
        // One batch is one implicit transaction: the head rows stay locked until it commits.
        await using var batch = dataSource.CreateBatch();
        var groups = AddAppends(batch, events, nodeId, now);
        if (groups.Count == 0)
        {
            return [];
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var stored = await ReadAppendedAsync(reader, groups, events, now, onFirstAppend: true, cancellationToken).ConfigureAwait(false);
        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
        {
        }

        return stored;
    }

    public async Task<IReadOnlyList<StoredStreamEvent>> ReadAsync(string streamNamespace, string key, long fromSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        StorageKeys.ValidateStream(streamNamespace, key);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await using var command = dataSource.CreateCommand(ReadSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamNamespace });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = fromSequence });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = maxCount });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<StoredStreamEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(new StoredStreamEvent(streamNamespace, key, reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<byte[]>(2)));
        }

        return events;
    }

    public async Task<long> GetLastSequenceAsync(string streamNamespace, string key, CancellationToken cancellationToken = default)
    {
        StorageKeys.ValidateStream(streamNamespace, key);
        await using var command = dataSource.CreateCommand("SELECT last_sequence FROM stream_heads WHERE namespace = $1 AND stream_key = $2");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamNamespace });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long? ?? 0;
    }

    /// <summary>Adds one append statement per stream (events grouped, input order kept); returns the groups in statement order.</summary>
    public static List<(string Namespace, string Key)> AddAppends(NpgsqlBatch batch, IReadOnlyList<StreamAppend> events, string nodeId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(events);
        var groups = new List<(string Namespace, string Key)>();
        foreach (var group in events.GroupBy(e => (e.Namespace, e.Key)))
        {
            StorageKeys.ValidateStream(group.Key.Namespace, group.Key.Key);
            var payloads = group.Select(e => e.Payload.ToArray()).ToArray();
            var command = new NpgsqlBatchCommand(AppendSql);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = group.Key.Namespace });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = group.Key.Key });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = payloads.Length });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea, Value = payloads });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = NotificationPayload.StreamAppendedPrefix(nodeId, group.Key.Namespace, group.Key.Key) });
            batch.BatchCommands.Add(command);
            groups.Add(group.Key);
        }

        return groups;
    }

    /// <summary>
    /// Reads each append statement's new head and numbers the events: a stream's k-th event of n gets head - n + k.
    /// The reader is on the first append's result when <paramref name="onFirstAppend"/>, else on an earlier
    /// row-returning result (statements that return no rows have no result of their own).
    /// </summary>
    public static async Task<IReadOnlyList<StoredStreamEvent>> ReadAppendedAsync(
        NpgsqlDataReader reader, List<(string Namespace, string Key)> groups, IReadOnlyList<StreamAppend> events, DateTimeOffset now,
        bool onFirstAppend, CancellationToken cancellationToken)
    {
        var heads = new Dictionary<(string Namespace, string Key), long>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var positioned = (i == 0 && onFirstAppend) || await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            if (!positioned || !await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"The append to stream {group.Namespace}/{group.Key} returned no head row.");
            }

            heads[group] = reader.GetInt64(0);
        }

        var counts = events.GroupBy(e => (e.Namespace, e.Key)).ToDictionary(g => g.Key, g => (long)g.Count());
        var seen = new Dictionary<(string Namespace, string Key), long>(groups.Count);
        var stored = new List<StoredStreamEvent>(events.Count);
        foreach (var append in events)
        {
            var stream = (append.Namespace, append.Key);
            var index = seen[stream] = seen.GetValueOrDefault(stream) + 1;
            stored.Add(new StoredStreamEvent(append.Namespace, append.Key, heads[stream] - counts[stream] + index, now, append.Payload.ToArray()));
        }

        return stored;
    }
}
