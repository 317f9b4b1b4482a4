namespace Platform.Grains.Identity;

/// <summary>Persistent state of a refresh-token family: hashes only (SHA-256), never tokens.</summary>
public sealed class RefreshTokenFamilyState
{
    public RefreshTokenGrant? Grant { get; set; }

    public string CurrentTokenHash { get; set; } = "";

    /// <summary>Hashes already exchanged, newest last (bounded: see <see cref="RefreshTokenFamilyGrain.UsedHashesKept"/>).</summary>
    public List<string> UsedTokenHashes { get; set; } = [];

    public DateTimeOffset? RevokedAtUtc { get; set; }

    public string? RevokedBecause { get; set; }
}
