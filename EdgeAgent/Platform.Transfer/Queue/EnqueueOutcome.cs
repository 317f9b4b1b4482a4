namespace Platform.Transfer.Queue;

/// <summary>What offering a complete file to the queue did.</summary>
public enum EnqueueOutcome
{
    /// <summary>New: queued for upload.</summary>
    Queued,

    /// <summary>Seen before: the same file (path, size, modification time) is queued, or it was already recorded as a duplicate. Nothing changed.</summary>
    AlreadyKnown,

    /// <summary>Its blob name is already queued for a different file or content: recorded as a duplicate (first time seen), not queued.</summary>
    Duplicate,
}
