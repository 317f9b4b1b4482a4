namespace Platform.Storage;

/// <summary>
/// Durable reminders shared by every Silo node. A due reminder is delivered by exactly one node:
/// <see cref="ClaimDueAsync"/> takes a lease row atomically, so two nodes polling at once never both
/// get it; a node that dies holding a lease loses it when the lease expires (at-least-once delivery,
/// so reminder handlers are idempotent).
/// </summary>
public interface IReminderTable
{
    /// <summary>Creates or replaces a reminder; returns its new ETag.</summary>
    Task<string> UpsertAsync(string grainType, string grainKey, string name, DateTimeOffset dueAtUtc, TimeSpan? period, CancellationToken cancellationToken = default);

    /// <summary>Deletes a reminder; false when it did not exist.</summary>
    Task<bool> DeleteAsync(string grainType, string grainKey, string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReminderEntry>> ReadAsync(string grainType, string grainKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically leases up to <paramref name="maxCount"/> reminders with due time &lt;= <paramref name="nowUtc"/>
    /// whose lease is free or expired, to <paramref name="nodeId"/> until <paramref name="nowUtc"/> + <paramref name="lease"/>.
    /// </summary>
    Task<IReadOnlyList<ReminderEntry>> ClaimDueAsync(string nodeId, DateTimeOffset nowUtc, TimeSpan lease, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finishes a delivered tick: a periodic reminder moves to <paramref name="nextDueAtUtc"/> and its lease is freed;
    /// a one-shot one (<paramref name="nextDueAtUtc"/> null) is deleted. Does nothing and returns false when the row's
    /// ETag is no longer <see cref="ReminderEntry.ETag"/> (re-registered or deleted while the tick ran).
    /// </summary>
    Task<bool> CompleteAsync(ReminderEntry claimed, DateTimeOffset? nextDueAtUtc, CancellationToken cancellationToken = default);
}
