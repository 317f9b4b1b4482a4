using Platform.Grains.Errors;
using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// A rotating refresh-token chain. One activation decides each exchange, so a token can be exchanged once;
/// a second presentation is reuse and revokes the family. The state is deleted by a reminder when the family expires.
/// </summary>
[GrainType("refresh-family")]
public sealed class RefreshTokenFamilyGrain([PersistentState("family")] IPersistentState<RefreshTokenFamilyState> state) : Grain, IRefreshTokenFamilyGrain, IRemindable
{
    /// <summary>How many used hashes are remembered for reuse detection; an older one is simply unknown (still refused).</summary>
    public const int UsedHashesKept = 64;

    private const string ExpiryReminder = "expire";

    public async Task StartAsync(RefreshTokenGrant grant, string tokenHash)
    {
        if (state.RecordExists)
        {
            throw new AlreadyExistsException("Refresh token family", GrainKey);
        }

        state.State.Grant = grant;
        state.State.CurrentTokenHash = tokenHash;
        await state.WriteStateAsync();
        var dueIn = grant.ExpiresAtUtc - TimeProvider.GetUtcNow();
        await RegisterOrUpdateReminderAsync(ExpiryReminder, dueIn > TimeSpan.Zero ? dueIn : TimeSpan.Zero, period: null);
    }

    public async Task<RefreshResult> RotateAsync(string presentedTokenHash, string newTokenHash)
    {
        if (state.State.Grant is not { } grant || state.State.RevokedAtUtc is not null || grant.ExpiresAtUtc <= TimeProvider.GetUtcNow())
        {
            return new(RefreshOutcome.Invalid, null);
        }

        if (state.State.UsedTokenHashes.Contains(presentedTokenHash))
        {
            state.State.RevokedAtUtc = TimeProvider.GetUtcNow();
            state.State.RevokedBecause = "reuse";
            await state.WriteStateAsync();
            return new(RefreshOutcome.ReuseDetected, null);
        }

        if (presentedTokenHash != state.State.CurrentTokenHash)
        {
            return new(RefreshOutcome.Invalid, null);
        }

        state.State.UsedTokenHashes.Add(presentedTokenHash);
        if (state.State.UsedTokenHashes.Count > UsedHashesKept)
        {
            state.State.UsedTokenHashes.RemoveAt(0);
        }

        state.State.CurrentTokenHash = newTokenHash;
        await state.WriteStateAsync();
        return new(RefreshOutcome.Rotated, grant);
    }

    public async Task<bool> RevokeAsync(string presentedTokenHash)
    {
        if (state.State.Grant is null
            || (presentedTokenHash != state.State.CurrentTokenHash && !state.State.UsedTokenHashes.Contains(presentedTokenHash)))
        {
            return false;
        }

        if (state.State.RevokedAtUtc is null)
        {
            state.State.RevokedAtUtc = TimeProvider.GetUtcNow();
            state.State.RevokedBecause = "revoked";
            await state.WriteStateAsync();
        }

        return true;
    }

    public async Task ReceiveReminderAsync(string reminderName, TickStatus status)
    {
        if (reminderName == ExpiryReminder && state.RecordExists)
        {
            await state.ClearStateAsync();
        }
    }
}
