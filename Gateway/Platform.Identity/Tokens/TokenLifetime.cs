namespace Platform.Identity.Tokens;

/// <summary>The one lifetime test for access tokens, used at validation and on every hit of the validated-token cache.</summary>
internal static class TokenLifetime
{
    /// <summary>True when <paramref name="nowUtc"/> is before expiry and not before the start, each widened by <paramref name="clockSkew"/>; a token without expiry is never current.</summary>
    public static bool IsCurrent(DateTime nowUtc, DateTime? notBeforeUtc, DateTime? expiresUtc, TimeSpan clockSkew) =>
        expiresUtc is { } end && nowUtc < end + clockSkew && (notBeforeUtc is not { } start || start - clockSkew <= nowUtc);
}
