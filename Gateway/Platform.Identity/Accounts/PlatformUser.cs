using Platform.Grains.Identity;

namespace Platform.Identity.Accounts;

/// <summary>
/// The mutable user object ASP.NET Core Identity's <c>UserManager</c> works on; <see cref="PlatformUserStore"/>
/// loads it from and saves it to the user's grain as a <see cref="UserAccount"/>. The user name is the e-mail.
/// </summary>
public sealed class PlatformUser
{
    public string Id { get; set; } = "";

    public string? Email { get; set; }

    public string? NormalizedEmail { get; set; }

    public string DisplayName { get; set; } = "";

    public bool EmailConfirmed { get; set; }

    public string? PasswordHash { get; set; }

    public string? SecurityStamp { get; set; }

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool LockoutEnabled { get; set; } = true;

    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    public bool Disabled { get; set; }

    public bool PlatformAdmin { get; set; }

    public static PlatformUser From(UserAccount account) => new()
    {
        Id = account.Id,
        Email = account.Email,
        NormalizedEmail = account.NormalizedEmail,
        DisplayName = account.DisplayName,
        EmailConfirmed = account.EmailConfirmed,
        PasswordHash = account.PasswordHash,
        SecurityStamp = account.SecurityStamp,
        ConcurrencyStamp = account.ConcurrencyStamp,
        LockoutEnabled = account.LockoutEnabled,
        LockoutEnd = account.LockoutEndUtc,
        AccessFailedCount = account.AccessFailedCount,
        Disabled = account.Disabled,
        PlatformAdmin = account.PlatformAdmin,
    };

    public UserAccount ToAccount(string concurrencyStamp) => new()
    {
        Id = Id,
        Email = Email ?? "",
        NormalizedEmail = NormalizedEmail ?? "",
        DisplayName = DisplayName,
        EmailConfirmed = EmailConfirmed,
        PasswordHash = PasswordHash,
        SecurityStamp = SecurityStamp ?? "",
        ConcurrencyStamp = concurrencyStamp,
        LockoutEnabled = LockoutEnabled,
        LockoutEndUtc = LockoutEnd,
        AccessFailedCount = AccessFailedCount,
        Disabled = Disabled,
        PlatformAdmin = PlatformAdmin,
    };
}
