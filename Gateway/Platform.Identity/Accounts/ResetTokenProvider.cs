using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Platform.Grains.Identity;
using Platform.Identity.Tokens;
using Platform.Runtime;

namespace Platform.Identity.Accounts;

/// <summary>
/// Password-reset and invitation tokens without ASP.NET Data Protection (whose key ring would need sharing between
/// nodes): a random token whose hash, expiry and the user's security stamp are stored in the user's grain. A newer
/// token replaces the older; a reset changes the stamp, so each token works once.
/// </summary>
public sealed class ResetTokenProvider(IGrainFactory grains, TokenServiceOptions options, TimeProvider time) : IUserTwoFactorTokenProvider<PlatformUser>
{
    public const string Name = "platform-reset";

    public async Task<string> GenerateAsync(string purpose, UserManager<PlatformUser> manager, PlatformUser user)
    {
        var token = SecretHashing.NewSecret();
        var stamp = await manager.GetSecurityStampAsync(user).ConfigureAwait(false);
        var ticket = new PasswordResetTicket(HashOf(purpose, token), time.GetUtcNow() + options.PasswordResetTokenLifetime, stamp);
        await grains.GetGrain<IUserGrain>(user.Id).SetResetTicketAsync(ticket).ConfigureAwait(false);
        return token;
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PlatformUser> manager, PlatformUser user)
    {
        var ticket = await grains.GetGrain<IUserGrain>(user.Id).GetResetTicketAsync().ConfigureAwait(false);
        if (ticket is null || ticket.ExpiresAtUtc <= time.GetUtcNow() || ticket.SecurityStamp != await manager.GetSecurityStampAsync(user).ConfigureAwait(false))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(ticket.TokenHash), Encoding.ASCII.GetBytes(HashOf(purpose, token)));
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PlatformUser> manager, PlatformUser user) => Task.FromResult(false);

    private static string HashOf(string purpose, string token) => SecretHashing.Hash(purpose + ":" + token);
}
