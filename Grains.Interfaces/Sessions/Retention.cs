namespace Platform.Grains.Sessions;

/// <summary>
/// Data-retention arithmetic. Unlike EMhub (anchored at session start, keyed by name prefix), expiry is
/// counted from session end and stored when the session ends, so a policy change does not move it.
/// </summary>
public static class Retention
{
    public static DateTimeOffset ExpiresAt(DateTimeOffset endedAtUtc, int retentionDays, int extensionDays) =>
        endedAtUtc.AddDays(retentionDays + extensionDays);

    /// <summary>Whole days left, floored (23 h left is 0 days), never negative; 0 once expired.</summary>
    public static int DaysLeft(DateTimeOffset expiresAtUtc, DateTimeOffset nowUtc) =>
        Math.Max(0, (int)Math.Floor((expiresAtUtc - nowUtc).TotalDays));
}
