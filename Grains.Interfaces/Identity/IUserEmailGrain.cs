using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// Keyed by a normalized e-mail address: which user owns it. One activation decides every claim, so two
/// concurrent sign-ups with one address cannot both succeed. A claim left by a user that was never created is
/// taken over after a few minutes.
/// </summary>
public interface IUserEmailGrain : IGrainWithStringKey
{
    /// <summary>Claims the address for <paramref name="userId"/>; returns the owner afterwards (another id when already taken).</summary>
    Task<string> ClaimAsync(string userId);

    /// <summary>Releases the address if <paramref name="userId"/> owns it.</summary>
    Task ReleaseAsync(string userId);

    [ReadOnly]
    Task<string?> GetOwnerAsync();
}
