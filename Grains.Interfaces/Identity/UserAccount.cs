using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// The sign-in record of a user, as ASP.NET Core Identity's user store reads and writes it. The user
/// name is the e-mail address. <see cref="ConcurrencyStamp"/> guards every update: a stale stamp is refused.
/// </summary>
[Immutable]
public sealed record UserAccount
{
    public required string Id { get; init; }

    public required string Email { get; init; }

    public required string NormalizedEmail { get; init; }

    public string DisplayName { get; init; } = "";

    public bool EmailConfirmed { get; init; }

    /// <summary>ASP.NET Core Identity's PBKDF2 hash; null until a password is set (an invited user).</summary>
    public string? PasswordHash { get; init; }

    public string SecurityStamp { get; init; } = "";

    public string ConcurrencyStamp { get; init; } = "";

    public bool LockoutEnabled { get; init; } = true;

    public DateTimeOffset? LockoutEndUtc { get; init; }

    public int AccessFailedCount { get; init; }

    /// <summary>A disabled account cannot sign in or refresh tokens; its data stays.</summary>
    public bool Disabled { get; init; }

    public bool PlatformAdmin { get; init; }

    public DateTimeOffset CreatedAtUtc { get; init; }
}
