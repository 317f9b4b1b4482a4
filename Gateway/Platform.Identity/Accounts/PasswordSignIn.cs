using Microsoft.AspNetCore.Identity;

namespace Platform.Identity.Accounts;

/// <summary>
/// Checks a user name and password with <see cref="UserManager{TUser}"/>: counts failures and locks the account after
/// <see cref="TokenServiceOptions.MaxFailedPasswordAttempts"/> in a row. A failure count lost to a concurrent update is
/// retried, so parallel guesses cannot dodge the lockout.
/// </summary>
public sealed class PasswordSignIn(UserManager<PlatformUser> users)
{
    private const int ConcurrencyRetries = 5;

    public async Task<(SignInOutcome Outcome, PlatformUser? User)> CheckAsync(string userName, string password)
    {
        var user = await users.FindByEmailAsync(userName).ConfigureAwait(false);
        if (user is null)
        {
            // Hash anyway, so an unknown address takes as long as a wrong password.
            users.PasswordHasher.HashPassword(new PlatformUser(), password);
            return (SignInOutcome.WrongCredentials, null);
        }

        if (user.Disabled)
        {
            return (SignInOutcome.Disabled, null);
        }

        if (await users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return (SignInOutcome.LockedOut, null);
        }

        if (await users.CheckPasswordAsync(user, password).ConfigureAwait(false))
        {
            if (user.AccessFailedCount > 0)
            {
                await users.ResetAccessFailedCountAsync(await users.FindByIdAsync(user.Id).ConfigureAwait(false) ?? user).ConfigureAwait(false);
            }

            return (SignInOutcome.Succeeded, user);
        }

        for (var attempt = 0; attempt < ConcurrencyRetries; attempt++)
        {
            if (attempt > 0)
            {
                user = await users.FindByIdAsync(user.Id).ConfigureAwait(false) ?? user;
            }

            if ((await users.AccessFailedAsync(user).ConfigureAwait(false)).Succeeded)
            {
                break;
            }
        }

        return (await users.IsLockedOutAsync(user).ConfigureAwait(false) ? SignInOutcome.LockedOut : SignInOutcome.WrongCredentials, null);
    }
}
