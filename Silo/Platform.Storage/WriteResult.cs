namespace Platform.Storage;

/// <summary>What a committed write produced: the record's new ETag and the stored events, in order.</summary>
public sealed record WriteResult(string ETag, IReadOnlyList<StoredStreamEvent> Events);
