using Platform.Grains.Identity;
using Platform.Runtime;

namespace Platform.Identity.Tokens;

/// <summary>
/// Rotating refresh tokens. A token is <c>rt.{familyId}.{secret}</c>; only SHA-256 of the secret is stored, in the
/// family's grain, which exchanges each token once and revokes the family when a used token comes back.
/// </summary>
public sealed class RefreshTokens(IGrainFactory grains, TokenServiceOptions options, TimeProvider time)
{
    private const string Prefix = "rt.";

    /// <summary>Starts a family for a password sign-in and returns its first token.</summary>
    public async Task<string> IssueAsync(string userId, string clientId, string securityStamp)
    {
        var familyId = SecretHashing.NewId();
        var secret = SecretHashing.NewSecret();
        var grant = new RefreshTokenGrant(userId, clientId, securityStamp, time.GetUtcNow() + options.RefreshTokenLifetime);
        await grains.GetGrain<IRefreshTokenFamilyGrain>(familyId).StartAsync(grant, SecretHashing.Hash(secret)).ConfigureAwait(false);
        return Format(familyId, secret);
    }

    /// <summary>Exchanges <paramref name="token"/>; on success returns the family's grant and the next token.</summary>
    public async Task<(RefreshResult Result, string? NextToken)> RotateAsync(string token)
    {
        if (!TryParse(token, out var familyId, out var secret))
        {
            return (new RefreshResult(RefreshOutcome.Invalid, null), null);
        }

        var next = SecretHashing.NewSecret();
        var result = await grains.GetGrain<IRefreshTokenFamilyGrain>(familyId).RotateAsync(SecretHashing.Hash(secret), SecretHashing.Hash(next)).ConfigureAwait(false);
        return (result, result.Outcome == RefreshOutcome.Rotated ? Format(familyId, next) : null);
    }

    /// <summary>Revokes the whole family of <paramref name="token"/>; false when it is not one of ours.</summary>
    public async Task<bool> RevokeAsync(string token) =>
        TryParse(token, out var familyId, out var secret)
        && await grains.GetGrain<IRefreshTokenFamilyGrain>(familyId).RevokeAsync(SecretHashing.Hash(secret)).ConfigureAwait(false);

    public static bool LooksLikeRefreshToken(string token) => token.StartsWith(Prefix, StringComparison.Ordinal);

    private static string Format(string familyId, string secret) => $"{Prefix}{familyId}.{secret}";

    private static bool TryParse(string token, out string familyId, out string secret)
    {
        familyId = secret = "";
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != "rt" || parts[1].Length != 32 || !parts[1].All(char.IsAsciiHexDigitLower) || parts[2].Length is < 20 or > 100)
        {
            return false;
        }

        (familyId, secret) = (parts[1], parts[2]);
        return true;
    }
}
