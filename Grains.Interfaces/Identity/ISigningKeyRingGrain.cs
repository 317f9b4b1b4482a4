using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// The token-signing key ring shared by every Silo node (one grain, key <see cref="PlatformKey"/>), durable in
/// the platform's storage. Keys are returned newest first; the first one signs, all of them verify.
/// </summary>
public interface ISigningKeyRingGrain : IGrainWithStringKey
{
    const string PlatformKey = "platform";

    /// <summary>The keys, after creating the first one, rotating when the current one is due, and dropping expired retired ones.</summary>
    Task<IReadOnlyList<SigningKey>> GetKeysAsync(SigningKeyPolicy policy);

    /// <summary>Retires the current key and creates a new one now (e.g. after a suspected leak).</summary>
    Task<IReadOnlyList<SigningKey>> RotateNowAsync(SigningKeyPolicy policy);
}
