using Microsoft.AspNetCore.Identity;
using Platform.Grains.Errors;
using Platform.Grains.Facilities;
using Platform.Grains.Identity;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Identity.Accounts;

/// <summary>
/// The account operations (create or invite a user, reset a password, disable, memberships, groups) without any
/// authorization: callers check <c>Caller</c> first. Errors are typed <see cref="DomainException"/>s and change nothing.
/// </summary>
public sealed partial class AccountDirectory(UserManager<PlatformUser> users, IGrainFactory grains, IIndexReader indexes)
{
    public async Task<CreatedUser> CreateUserAsync(NewUser request)
    {
        var user = new PlatformUser { Email = request.Email?.Trim(), DisplayName = request.DisplayName?.Trim() ?? "", EmailConfirmed = request.Password is null };
        if (request.Password is { } password)
        {
            // UserManager validates the password before anything is stored.
            IdentityErrors.ThrowIfFailed(await users.CreateAsync(user, password).ConfigureAwait(false));
            return new(await GetAsync(user.Id).ConfigureAwait(false), null);
        }

        IdentityErrors.ThrowIfFailed(await users.CreateAsync(user).ConfigureAwait(false));
        var token = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
        return new(await GetAsync(user.Id).ConfigureAwait(false), token);
    }

    public Task<UserView> GetAsync(string userId) => grains.GetGrain<IUserGrain>(userId).GetAsync();

    public async Task<UserView?> FindByEmailAsync(string email)
    {
        var user = await users.FindByEmailAsync(email).ConfigureAwait(false);
        return user is null ? null : await GetAsync(user.Id).ConfigureAwait(false);
    }

    /// <summary>A one-time token that sets a new password (replaces any earlier one).</summary>
    public async Task<string> IssuePasswordResetAsync(string userId) =>
        await users.GeneratePasswordResetTokenAsync(await LoadAsync(userId).ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>Sets the password with a reset or invitation token; also lifts a lockout. Ends every refresh-token family.</summary>
    public async Task ResetPasswordAsync(string email, string token, string newPassword)
    {
        var user = await users.FindByEmailAsync(email).ConfigureAwait(false);
        if (user is null || user.Disabled)
        {
            // The same answer as a wrong token, so the endpoint does not reveal which addresses exist.
            IdentityErrors.ThrowIfFailed(IdentityResult.Failed(new IdentityErrorDescriber().InvalidToken()));
            return;
        }

        IdentityErrors.ThrowIfFailed(await users.ResetPasswordAsync(user, token, newPassword).ConfigureAwait(false));
        user = await LoadAsync(user.Id).ConfigureAwait(false);
        IdentityErrors.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false));
        IdentityErrors.ThrowIfFailed(await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false));
    }

    /// <summary>Disables (or re-enables) sign-in; disabling changes the security stamp, which ends its refresh tokens.</summary>
    public async Task<UserView> SetDisabledAsync(string userId, bool disabled)
    {
        var user = await LoadAsync(userId).ConfigureAwait(false);
        user.Disabled = disabled;
        IdentityErrors.ThrowIfFailed(await users.UpdateAsync(user).ConfigureAwait(false));
        if (disabled)
        {
            IdentityErrors.ThrowIfFailed(await users.UpdateSecurityStampAsync(await LoadAsync(userId).ConfigureAwait(false)).ConfigureAwait(false));
        }

        return await GetAsync(userId).ConfigureAwait(false);
    }

    public async Task<UserView> SetPlatformAdminAsync(string userId, bool platformAdmin)
    {
        var user = await LoadAsync(userId).ConfigureAwait(false);
        user.PlatformAdmin = platformAdmin;
        IdentityErrors.ThrowIfFailed(await users.UpdateAsync(user).ConfigureAwait(false));
        return await GetAsync(userId).ConfigureAwait(false);
    }

    /// <summary>Adds the user to an existing facility with <paramref name="role"/> (or changes the role).</summary>
    public async Task<UserView> SetMembershipAsync(string userId, string facilityId, FacilityRole role)
    {
        await grains.GetGrain<IFacilityGrain>(facilityId).GetAsync().ConfigureAwait(false);
        return await grains.GetGrain<IUserGrain>(userId).SetMembershipAsync(new FacilityMembership(facilityId, role)).ConfigureAwait(false);
    }

    public Task<bool> RemoveMembershipAsync(string userId, string facilityId) =>
        grains.GetGrain<IUserGrain>(userId).RemoveMembershipAsync(facilityId);

    private async Task<PlatformUser> LoadAsync(string userId) =>
        string.IsNullOrWhiteSpace(userId)
            ? throw new InvalidInputException([new("userId", "is required")])
            : await users.FindByIdAsync(userId).ConfigureAwait(false) ?? throw new NotFoundException("User", userId);
}
