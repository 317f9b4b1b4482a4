namespace Platform.Identity;

/// <summary>The token service's settings (configuration section <c>Platform:Identity</c>).</summary>
public sealed record TokenServiceOptions
{
    public const string Section = "Platform:Identity";

    /// <summary>The <c>iss</c> of every token; when empty, the first URL the server listens on.</summary>
    public string? Issuer { get; init; }

    /// <summary>The <c>aud</c> of every access token; validation accepts only this one.</summary>
    public string Audience { get; init; } = "platform-api";

    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Absolute lifetime of a refresh-token family (from the password sign-in).</summary>
    public TimeSpan RefreshTokenLifetime { get; init; } = TimeSpan.FromDays(14);

    public TimeSpan KeyRotationPeriod { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Tolerated clock difference between nodes when checking <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests to <c>/connect/token</c> and <c>/connect/revocation</c> per client IP per minute; more get 429.</summary>
    public int TokenRequestsPerMinute { get; init; } = 30;

    /// <summary>Wrong passwords in a row before the account is locked out.</summary>
    public int MaxFailedPasswordAttempts { get; init; } = 5;

    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a password-reset or invitation token works.</summary>
    public TimeSpan PasswordResetTokenLifetime { get; init; } = TimeSpan.FromHours(24);
}
