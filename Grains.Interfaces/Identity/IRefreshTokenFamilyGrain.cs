using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// One chain of rotating refresh tokens from a single sign-in, keyed by family id. Only token hashes are
/// stored. Presenting an already-used token revokes the whole family, so a stolen token dies with the
/// next legitimate refresh (or vice versa).
/// </summary>
public interface IRefreshTokenFamilyGrain : IGrainWithStringKey
{
    /// <summary>Starts the family with its first token; throws AlreadyExistsException when the id is taken.</summary>
    Task StartAsync(RefreshTokenGrant grant, string tokenHash);

    /// <summary>Exchanges the current token for <paramref name="newTokenHash"/>; see <see cref="RefreshOutcome"/>.</summary>
    Task<RefreshResult> RotateAsync(string presentedTokenHash, string newTokenHash);

    /// <summary>Revokes the family if <paramref name="presentedTokenHash"/> is one of its tokens; returns whether it did.</summary>
    Task<bool> RevokeAsync(string presentedTokenHash);
}
