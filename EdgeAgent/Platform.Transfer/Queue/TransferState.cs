namespace Platform.Transfer.Queue;

/// <summary>Where one file is in its transfer (DESIGN.md §6's vocabulary, the part a transfer uses).</summary>
public enum TransferState
{
    /// <summary>Found complete and waiting to be sent.</summary>
    Queued,

    /// <summary>Being sent (or was being sent when the agent stopped: it resumes from the staged blocks).</summary>
    Started,

    /// <summary>Committed and verified in storage.</summary>
    Completed,

    /// <summary>Failed on every attempt; kept with its last error until the track is cleared.</summary>
    Error,

    /// <summary>Not sent on purpose: the name is already taken in storage by different content.</summary>
    Skipped,
}
