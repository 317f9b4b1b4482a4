using Platform.Runtime.Indexing;
using Platform.Grains.Identity;

namespace Platform.Identity.Accounts;

/// <summary>The password, e-mail, lockout and security-stamp parts of the store: plain property access plus e-mail lookup.</summary>
public sealed partial class PlatformUserStore
{
    public Task SetPasswordHashAsync(PlatformUser user, string? passwordHash, CancellationToken cancellationToken) => Set(() => user.PasswordHash = passwordHash);

    public Task<string?> GetPasswordHashAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetEmailAsync(PlatformUser user, string? email, CancellationToken cancellationToken) => Set(() => user.Email = email);

    public Task<string?> GetEmailAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.Email);

    public Task<bool> GetEmailConfirmedAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.EmailConfirmed);

    public Task SetEmailConfirmedAsync(PlatformUser user, bool confirmed, CancellationToken cancellationToken) => Set(() => user.EmailConfirmed = confirmed);

    public Task<string?> GetNormalizedEmailAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.NormalizedEmail);

    public Task SetNormalizedEmailAsync(PlatformUser user, string? normalizedEmail, CancellationToken cancellationToken) => Set(() => user.NormalizedEmail = normalizedEmail);

    public async Task<PlatformUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        var page = await indexes.QueryAsync(
            new IndexQuery(IdentityIndex.UsersTable) { Filters = [new(IdentityIndex.NormalizedEmail, IndexOperator.Equal, normalizedEmail)], Limit = 1 },
            cancellationToken).ConfigureAwait(false);
        return page.Rows.Count == 0 ? null : await FindByIdAsync(page.Rows[0].Key, cancellationToken).ConfigureAwait(false);
    }

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(PlatformUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken) => Set(() => user.LockoutEnd = lockoutEnd);

    public Task<int> IncrementAccessFailedCountAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(PlatformUser user, CancellationToken cancellationToken) => Set(() => user.AccessFailedCount = 0);

    public Task<int> GetAccessFailedCountAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(PlatformUser user, bool enabled, CancellationToken cancellationToken) => Set(() => user.LockoutEnabled = enabled);

    public Task SetSecurityStampAsync(PlatformUser user, string stamp, CancellationToken cancellationToken) => Set(() => user.SecurityStamp = stamp);

    public Task<string?> GetSecurityStampAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.SecurityStamp);

    private static Task Set(Action assign)
    {
        assign();
        return Task.CompletedTask;
    }
}
