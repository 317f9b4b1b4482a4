using System.Security.Cryptography;
using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// Creates, rotates and retires ES256 signing keys. Private keys are stored in the platform database as
/// PKCS#8 (base64), unencrypted: whoever can read the database can mint tokens (see the identity notes).
/// </summary>
[GrainType("signing-keys")]
public sealed class SigningKeyRingGrain([PersistentState("ring")] IPersistentState<SigningKeyRingState> state) : Grain, ISigningKeyRingGrain
{
    public async Task<IReadOnlyList<SigningKey>> GetKeysAsync(SigningKeyPolicy policy)
    {
        var now = TimeProvider.GetUtcNow();
        var changed = DropExpired(policy, now);
        if (state.State.Keys.Count == 0 || state.State.Keys[0].CreatedAtUtc + policy.RotationPeriod <= now)
        {
            AddNewKey(now);
            changed = true;
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }

        return state.State.Keys.ToArray();
    }

    public async Task<IReadOnlyList<SigningKey>> RotateNowAsync(SigningKeyPolicy policy)
    {
        var now = TimeProvider.GetUtcNow();
        DropExpired(policy, now);
        AddNewKey(now);
        await state.WriteStateAsync();
        return state.State.Keys.ToArray();
    }

    private bool DropExpired(SigningKeyPolicy policy, DateTimeOffset now) =>
        state.State.Keys.RemoveAll(k => k.RetiredAtUtc is { } retired && retired + policy.RetainAfterRetirement <= now) > 0;

    private void AddNewKey(DateTimeOffset now)
    {
        if (state.State.Keys.Count > 0 && state.State.Keys[0].RetiredAtUtc is null)
        {
            state.State.Keys[0] = state.State.Keys[0] with { RetiredAtUtc = now };
        }

        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        state.State.Keys.Insert(0, new SigningKey(keyId, Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey()), now, RetiredAtUtc: null));
    }
}
