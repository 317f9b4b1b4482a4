using Platform.Grains.Errors;
using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// Makes normalized e-mail addresses unique: the first claim wins until its owner releases it. A claim whose user was
/// never created (the process died between the two writes) is taken over once it is <see cref="OrphanAfter"/> old;
/// younger claims may belong to a sign-up still in progress.
/// </summary>
[GrainType("user-email")]
public sealed class UserEmailGrain([PersistentState("owner")] IPersistentState<UserEmailState> state) : Grain, IUserEmailGrain
{
    public static readonly TimeSpan OrphanAfter = TimeSpan.FromMinutes(5);

    public async Task<string> ClaimAsync(string userId)
    {
        if (state.State.OwnerUserId is { } owner && owner != userId
            && (state.State.ClaimedAtUtc + OrphanAfter > TimeProvider.GetUtcNow() || await UserExistsAsync(owner)))
        {
            return owner;
        }

        if (state.State.OwnerUserId != userId)
        {
            state.State.OwnerUserId = userId;
            state.State.ClaimedAtUtc = TimeProvider.GetUtcNow();
            await state.WriteStateAsync();
        }

        return userId;
    }

    public async Task ReleaseAsync(string userId)
    {
        if (state.State.OwnerUserId == userId)
        {
            await state.ClearStateAsync();
        }
    }

    public Task<string?> GetOwnerAsync() => Task.FromResult(state.State.OwnerUserId);

    private async Task<bool> UserExistsAsync(string userId)
    {
        try
        {
            await GrainFactory.GetGrain<IUserGrain>(userId).GetAsync();
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
