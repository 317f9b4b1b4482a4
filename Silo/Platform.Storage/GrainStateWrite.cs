using Platform.Runtime.Indexing;

namespace Platform.Storage;

/// <summary>
/// One atomic write: the state record (conditional on <see cref="ExpectedETag"/>), the index rows it
/// mirrors, and stream events it publishes. Either all of it commits or none of it does.
/// </summary>
/// <param name="Key">The record.</param>
/// <param name="Payload">The new serialized state.</param>
/// <param name="ExpectedETag">The ETag the grain read; null means "the record must not exist yet".</param>
/// <param name="IndexUpserts">Index rows to insert or replace (matched on table and key).</param>
/// <param name="IndexDeletes">Index rows to delete, as (table, key).</param>
/// <param name="Events">Stream events to append; their sequences are assigned in the transaction.</param>
public sealed record GrainStateWrite(
    GrainStateKey Key,
    ReadOnlyMemory<byte> Payload,
    string? ExpectedETag,
    IReadOnlyList<IndexRow> IndexUpserts,
    IReadOnlyList<(string Table, string Key)> IndexDeletes,
    IReadOnlyList<StreamAppend> Events);
