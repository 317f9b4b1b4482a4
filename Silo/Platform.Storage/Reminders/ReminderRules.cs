namespace Platform.Storage.Reminders;

/// <summary>Argument rules and ETag minting shared by the reminder tables of every provider.</summary>
internal static class ReminderRules
{
    public const int MaxClaimCount = 1000;

    /// <summary>A fresh random ETag: never reused, unlike a per-row counter that restarts after delete.</summary>
    public static string NewETag() => Guid.NewGuid().ToString("N");

    public static void ValidatePeriod(TimeSpan? period)
    {
        if (period is { } p && p <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), p, "A reminder period must be positive (null means one-shot).");
        }
    }

    public static void ValidateClaim(string nodeId, TimeSpan lease, int maxCount)
    {
        StorageKeys.ValidateNodeId(nodeId);
        if (lease <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lease), lease, "A reminder lease must be positive.");
        }

        if (maxCount is < 1 or > MaxClaimCount)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, $"Claim between 1 and {MaxClaimCount} reminders at a time.");
        }
    }
}
