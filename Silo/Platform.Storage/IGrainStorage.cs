namespace Platform.Storage;

/// <summary>
/// Durable grain state with optimistic concurrency (the Orleans IGrainStorage contract).
/// Guarantees every provider must keep, checked by the storage contract tests:
/// <list type="bullet">
/// <item>A task completes only after the transaction is durable (SQLite: WAL with synchronous=FULL; PostgreSQL: commit).</item>
/// <item>A write or clear whose expected ETag differs from the stored one throws <see cref="Platform.Runtime.InconsistentStateException"/> and changes nothing.</item>
/// <item>State, index rows and stream events of one <see cref="GrainStateWrite"/> commit together or not at all.</item>
/// <item>Every write produces a new ETag, even when the payload is unchanged.</item>
/// </list>
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads a record; null when it does not exist (never written, or cleared).</summary>
    Task<StoredGrainState?> ReadAsync(GrainStateKey key, CancellationToken cancellationToken = default);

    Task<WriteResult> WriteAsync(GrainStateWrite write, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the record (its ETag becomes null) and the given index rows, conditional on
    /// <paramref name="expectedETag"/>; a null expected ETag deletes whatever is there.
    /// </summary>
    Task ClearAsync(GrainStateKey key, string? expectedETag, IReadOnlyList<(string Table, string Key)> indexDeletes, CancellationToken cancellationToken = default);
}
