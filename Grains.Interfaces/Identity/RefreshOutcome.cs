namespace Platform.Grains.Identity;

/// <summary>What presenting a refresh token did.</summary>
public enum RefreshOutcome
{
    /// <summary>The token was current; it is now used up and the new token replaces it.</summary>
    Rotated,

    /// <summary>The token was already used: the family is revoked (RFC 9700 §4.14.2 reuse detection).</summary>
    ReuseDetected,

    /// <summary>The family was revoked earlier, has expired, or the token was never issued.</summary>
    Invalid,
}
