using Platform.Storage.Indexing;
using Platform.Storage.Reminders;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Reminders in SQLite. Claims run in one IMMEDIATE transaction on the single writer, so two nodes (or two
/// processes sharing the file) can never lease the same due row. ETags are random, so a deleted and
/// re-registered reminder never gets an ETag an old claim still holds.
/// </summary>
internal sealed class SqliteReminderTable(SqliteConnectionPool pool) : IReminderTable
{
    private const string Columns = "grain_type, grain_key, name, due_us, period_ticks, etag";
    private const string Key = "grain_type = ?1 AND grain_key = ?2 AND name = ?3";

    public Task<string> UpsertAsync(string grainType, string grainKey, string name, DateTimeOffset dueAtUtc, TimeSpan? period, CancellationToken cancellationToken = default)
    {
        StorageKeys.ValidateReminder(grainType, grainKey, name);
        ReminderRules.ValidatePeriod(period);
        var etag = ReminderRules.NewETag();
        return pool.WriteAsync(connection =>
        {
            using var statement = connection.Prepare($"""
                INSERT INTO reminders ({Columns}, lease_owner, lease_until_us) VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, NULL)
                ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET due_us = excluded.due_us, period_ticks = excluded.period_ticks,
                    etag = excluded.etag, lease_owner = NULL, lease_until_us = NULL
                """);
            statement.Bind(1, grainType).Bind(2, grainKey).Bind(3, name).Bind(4, IndexValues.ToUnixMicroseconds(dueAtUtc))
                .Bind(5, period?.Ticks).Bind(6, etag).ExecuteNonQuery();
            return etag;
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(string grainType, string grainKey, string name, CancellationToken cancellationToken = default)
    {
        StorageKeys.ValidateReminder(grainType, grainKey, name);
        return pool.WriteAsync(connection =>
        {
            using var statement = connection.Prepare($"DELETE FROM reminders WHERE {Key}").Bind(1, grainType).Bind(2, grainKey).Bind(3, name);
            return statement.ExecuteNonQuery() == 1;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadAsync(string grainType, string grainKey, CancellationToken cancellationToken = default)
    {
        StorageKeys.ValidateGrain(grainType, grainKey);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<ReminderEntry>>(pool.Read(connection =>
        {
            using var statement = connection.Prepare($"SELECT {Columns} FROM reminders WHERE grain_type = ?1 AND grain_key = ?2 ORDER BY name")
                .Bind(1, grainType).Bind(2, grainKey);
            var entries = new List<ReminderEntry>();
            while (statement.Step())
            {
                entries.Add(ReadEntry(statement));
            }

            return entries;
        }));
    }

    public Task<IReadOnlyList<ReminderEntry>> ClaimDueAsync(string nodeId, DateTimeOffset nowUtc, TimeSpan lease, int maxCount, CancellationToken cancellationToken = default)
    {
        ReminderRules.ValidateClaim(nodeId, lease, maxCount);
        var now = IndexValues.ToUnixMicroseconds(nowUtc);
        var until = IndexValues.ToUnixMicroseconds(nowUtc + lease);
        return pool.WriteAsync<IReadOnlyList<ReminderEntry>>(connection =>
        {
            using var transaction = connection.BeginImmediate();
            var due = new List<ReminderEntry>();
            using (var select = connection.Prepare($"""
                SELECT {Columns} FROM reminders WHERE due_us <= ?1 AND (lease_until_us IS NULL OR lease_until_us <= ?1)
                ORDER BY due_us, grain_type, grain_key, name LIMIT ?2
                """).Bind(1, now).Bind(2, (long)maxCount))
            {
                while (select.Step())
                {
                    due.Add(ReadEntry(select));
                }
            }

            var claimed = new List<ReminderEntry>(due.Count);
            foreach (var entry in due)
            {
                var etag = ReminderRules.NewETag();
                using var update = connection.Prepare($"UPDATE reminders SET lease_owner = ?4, lease_until_us = ?5, etag = ?6 WHERE {Key}")
                    .Bind(1, entry.GrainType).Bind(2, entry.GrainKey).Bind(3, entry.Name).Bind(4, nodeId).Bind(5, until).Bind(6, etag);
                update.ExecuteNonQuery();
                claimed.Add(entry with { ETag = etag });
            }

            transaction.Commit();
            return claimed;
        }, cancellationToken);
    }

    public Task<bool> CompleteAsync(ReminderEntry claimed, DateTimeOffset? nextDueAtUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        return pool.WriteAsync(connection =>
        {
            using var statement = nextDueAtUtc is { } next
                ? connection.Prepare($"UPDATE reminders SET due_us = ?5, lease_owner = NULL, lease_until_us = NULL, etag = ?6 WHERE {Key} AND etag = ?4")
                    .Bind(5, IndexValues.ToUnixMicroseconds(next)).Bind(6, ReminderRules.NewETag())
                : connection.Prepare($"DELETE FROM reminders WHERE {Key} AND etag = ?4");
            statement.Bind(1, claimed.GrainType).Bind(2, claimed.GrainKey).Bind(3, claimed.Name).Bind(4, claimed.ETag);
            return statement.ExecuteNonQuery() == 1;
        }, cancellationToken);
    }

    private static ReminderEntry ReadEntry(SqliteStatement statement) => new(
        statement.GetString(0), statement.GetString(1), statement.GetString(2),
        IndexValues.FromUnixMicroseconds(statement.GetInt64(3)),
        statement.IsNull(4) ? null : TimeSpan.FromTicks(statement.GetInt64(4)),
        statement.GetString(5));
}
