using Npgsql;
using NpgsqlTypes;
using Platform.Storage.Reminders;

namespace Platform.Storage.Postgres;

/// <summary>
/// Reminders in PostgreSQL. A claim locks due, unleased rows with <c>FOR UPDATE SKIP LOCKED</c> and leases them
/// in the same statement; a row another node is claiming is skipped, and one it already leased no longer
/// matches when re-checked, so each due reminder goes to exactly one node per lease.
/// </summary>
internal sealed class PostgresReminderTable(NpgsqlDataSource dataSource) : IReminderTable
{
    private const string Columns = "grain_type, grain_key, name, due_at, period_ticks, etag";
    private const string Key = "grain_type = $1 AND grain_key = $2 AND name = $3";

    private const string UpsertSql = $"""
        INSERT INTO reminders ({Columns}, lease_owner, lease_until) VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL)
        ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET due_at = excluded.due_at, period_ticks = excluded.period_ticks,
            etag = excluded.etag, lease_owner = NULL, lease_until = NULL
        """;

    private const string ClaimSql = """
        WITH due AS (
            SELECT grain_type, grain_key, name FROM reminders
            WHERE due_at <= $2 AND (lease_until IS NULL OR lease_until <= $2)
            ORDER BY due_at, grain_type, grain_key, name LIMIT $4
            FOR UPDATE SKIP LOCKED)
        UPDATE reminders r SET lease_owner = $1, lease_until = $3, etag = replace(gen_random_uuid()::text, '-', '')
        FROM due WHERE r.grain_type = due.grain_type AND r.grain_key = due.grain_key AND r.name = due.name
        RETURNING r.grain_type, r.grain_key, r.name, r.due_at, r.period_ticks, r.etag
        """;

    public async Task<string> UpsertAsync(string grainType, string grainKey, string name, DateTimeOffset dueAtUtc, TimeSpan? period, CancellationToken cancellationToken = default)
    {
        StorageKeys.ValidateReminder(grainType, grainKey, name);
        ReminderRules.ValidatePeriod(period);
        var etag = ReminderRules.NewETag();
        await using var command = WithKey(UpsertSql, grainType, grainKey, name);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = dueAtUtc.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)period?.Ticks ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = etag });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return etag;
    }

    public async Task<bool> DeleteAsync(string grainType, string grainKey, string name, CancellationToken cancellationToken = default)
    {
        StorageKeys.ValidateReminder(grainType, grainKey, name);
        await using var command = WithKey($"DELETE FROM reminders WHERE {Key}", grainType, grainKey, name);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadAsync(string grainType, string grainKey, CancellationToken cancellationToken = default)
    {
        StorageKeys.ValidateGrain(grainType, grainKey);
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM reminders WHERE grain_type = $1 AND grain_key = $2 ORDER BY name");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainType });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainKey });
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReminderEntry>> ClaimDueAsync(string nodeId, DateTimeOffset nowUtc, TimeSpan lease, int maxCount, CancellationToken cancellationToken = default)
    {
        ReminderRules.ValidateClaim(nodeId, lease, maxCount);
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = nodeId });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = nowUtc.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = (nowUtc + lease).ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = maxCount });
        return await ReadEntriesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> CompleteAsync(ReminderEntry claimed, DateTimeOffset? nextDueAtUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var sql = nextDueAtUtc is null
            ? $"DELETE FROM reminders WHERE {Key} AND etag = $4"
            : $"UPDATE reminders SET due_at = $5, lease_owner = NULL, lease_until = NULL, etag = $6 WHERE {Key} AND etag = $4";
        await using var command = WithKey(sql, claimed.GrainType, claimed.GrainKey, claimed.Name);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = claimed.ETag });
        if (nextDueAtUtc is { } next)
        {
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = next.ToUniversalTime() });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ReminderRules.NewETag() });
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private NpgsqlCommand WithKey(string sql, string grainType, string grainKey, string name)
    {
        var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainType });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainKey });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        return command;
    }

    private static async Task<IReadOnlyList<ReminderEntry>> ReadEntriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : TimeSpan.FromTicks(reader.GetInt64(4)), reader.GetString(5)));
        }

        return entries;
    }
}
