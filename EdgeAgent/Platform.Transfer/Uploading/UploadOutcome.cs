namespace Platform.Transfer.Uploading;

/// <summary>How one upload attempt of a queued file ended.</summary>
public enum UploadOutcome
{
    /// <summary>Committed and verified.</summary>
    Completed,

    /// <summary>Failed for a reason that may pass (storage unavailable, checksum mismatch in transit): try again later.</summary>
    RetryLater,

    /// <summary>Failed for a reason retrying cannot fix (source gone or changed, invalid name, access refused).</summary>
    Failed,

    /// <summary>Not sent: the name is already taken in storage by different content.</summary>
    Skipped,
}
