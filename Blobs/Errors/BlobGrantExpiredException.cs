namespace Platform.Blobs.Errors;

/// <summary>The grant used for the operation has expired; ask the platform for a new one.</summary>
public sealed class BlobGrantExpiredException(DateTimeOffset expiredAt)
    : BlobAccessDeniedException($"The blob grant expired at {expiredAt:O}.")
{
    public DateTimeOffset ExpiredAt { get; } = expiredAt;
}
