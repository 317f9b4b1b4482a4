using Microsoft.AspNetCore.Identity;
using Platform.Grains.Errors;
using Platform.Grains.Identity;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Identity.Accounts;

/// <summary>
/// ASP.NET Core Identity's user store over the platform's storage: users live in <see cref="IUserGrain"/>s,
/// looked up by e-mail through the <c>users</c> index table; <see cref="IUserEmailGrain"/> keeps addresses unique
/// even under concurrent sign-ups. The user name is the e-mail address. Updates are refused on a stale concurrency stamp.
/// </summary>
public sealed partial class PlatformUserStore(IGrainFactory grains, IIndexReader indexes) :
    IUserPasswordStore<PlatformUser>,
    IUserEmailStore<PlatformUser>,
    IUserLockoutStore<PlatformUser>,
    IUserSecurityStampStore<PlatformUser>
{
    private static readonly IdentityErrorDescriber _errors = new();

    public Task<string> GetUserIdAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.Email);

    public Task SetUserNameAsync(PlatformUser user, string? userName, CancellationToken cancellationToken)
    {
        user.Email = userName;
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(PlatformUser user, CancellationToken cancellationToken) => Task.FromResult(user.NormalizedEmail);

    public Task SetNormalizedUserNameAsync(PlatformUser user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedEmail = normalizedName;
        return Task.CompletedTask;
    }

    public async Task<IdentityResult> CreateAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(user.Id))
        {
            user.Id = "u-" + Guid.NewGuid().ToString("N");
        }

        if (!await ClaimEmailAsync(user.NormalizedEmail ?? "", user.Id).ConfigureAwait(false))
        {
            return IdentityResult.Failed(_errors.DuplicateEmail(user.Email ?? ""));
        }

        user.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        try
        {
            await grains.GetGrain<IUserGrain>(user.Id).CreateAsync(user.ToAccount(user.ConcurrencyStamp)).ConfigureAwait(false);
        }
        catch (DomainException)
        {
            await grains.GetGrain<IUserEmailGrain>(user.NormalizedEmail ?? "").ReleaseAsync(user.Id).ConfigureAwait(false);
            throw;
        }

        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IUserGrain>(user.Id);
        var stored = (await grain.GetAsync().ConfigureAwait(false)).Account;
        var emailChanged = stored.NormalizedEmail != user.NormalizedEmail;
        if (emailChanged && !await ClaimEmailAsync(user.NormalizedEmail ?? "", user.Id).ConfigureAwait(false))
        {
            return IdentityResult.Failed(_errors.DuplicateEmail(user.Email ?? ""));
        }

        var next = Guid.NewGuid().ToString("N");
        if (!await grain.UpdateAccountAsync(user.ToAccount(next), user.ConcurrencyStamp).ConfigureAwait(false))
        {
            return IdentityResult.Failed(_errors.ConcurrencyFailure());
        }

        user.ConcurrencyStamp = next;
        if (emailChanged)
        {
            await grains.GetGrain<IUserEmailGrain>(stored.NormalizedEmail).ReleaseAsync(user.Id).ConfigureAwait(false);
        }

        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        await grains.GetGrain<IUserGrain>(user.Id).DeleteAsync().ConfigureAwait(false);
        await grains.GetGrain<IUserEmailGrain>(user.NormalizedEmail ?? "").ReleaseAsync(user.Id).ConfigureAwait(false);
        return IdentityResult.Success;
    }

    public async Task<PlatformUser?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            return PlatformUser.From((await grains.GetGrain<IUserGrain>(userId).GetAsync().ConfigureAwait(false)).Account);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    public Task<PlatformUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindByEmailAsync(normalizedUserName, cancellationToken);

    public void Dispose()
    {
    }

    private async Task<bool> ClaimEmailAsync(string normalizedEmail, string userId) =>
        normalizedEmail.Length > 0 && await grains.GetGrain<IUserEmailGrain>(normalizedEmail).ClaimAsync(userId).ConfigureAwait(false) == userId;
}
