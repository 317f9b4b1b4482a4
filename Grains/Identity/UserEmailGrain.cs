using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>Makes normalized e-mail addresses unique: the first claim wins until its owner releases it.</summary>
[GrainType("user-email")]
public sealed class UserEmailGrain([PersistentState("owner")] IPersistentState<UserEmailState> state) : Grain, IUserEmailGrain
{
    public async Task<string> ClaimAsync(string userId)
    {
        if (state.State.OwnerUserId is { } owner)
        {
            return owner;
        }

        state.State.OwnerUserId = userId;
        await state.WriteStateAsync();
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
}
