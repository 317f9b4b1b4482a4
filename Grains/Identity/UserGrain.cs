using Platform.Grains.Errors;
using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>A user: keeps the sign-in record consistent (concurrency stamp) and its memberships unique per facility.</summary>
[GrainType("user")]
public sealed class UserGrain([PersistentState("user")] IPersistentState<UserState> state) : Grain, IUserGrain
{
    public async Task<UserView> CreateAsync(UserAccount account)
    {
        if (state.RecordExists)
        {
            throw new AlreadyExistsException("User", GrainKey);
        }

        if (account.Id != GrainKey)
        {
            throw new InvalidInputException([new("id", "must equal the grain key")]);
        }

        state.State.Account = account with { CreatedAtUtc = TimeProvider.GetUtcNow() };
        await state.WriteStateAsync();
        return View();
    }

    public Task<UserView> GetAsync() => Task.FromResult(View());

    public async Task<bool> UpdateAccountAsync(UserAccount account, string expectedConcurrencyStamp)
    {
        var current = View().Account;
        if (current.ConcurrencyStamp != expectedConcurrencyStamp)
        {
            return false;
        }

        // The id and creation time are not the store's to change.
        state.State.Account = account with { Id = current.Id, CreatedAtUtc = current.CreatedAtUtc };
        await state.WriteStateAsync();
        return true;
    }

    public async Task<UserView> SetMembershipAsync(FacilityMembership membership)
    {
        _ = View();
        if (string.IsNullOrWhiteSpace(membership.FacilityId) || !Enum.IsDefined(membership.Role))
        {
            throw new InvalidInputException([new("membership", "needs a facility id and a known role")]);
        }

        state.State.Memberships.RemoveAll(m => m.FacilityId == membership.FacilityId);
        state.State.Memberships.Add(membership);
        await state.WriteStateAsync();
        return View();
    }

    public async Task<bool> RemoveMembershipAsync(string facilityId)
    {
        _ = View();
        if (state.State.Memberships.RemoveAll(m => m.FacilityId == facilityId) == 0)
        {
            return false;
        }

        await state.WriteStateAsync();
        return true;
    }

    public async Task SetResetTicketAsync(PasswordResetTicket ticket)
    {
        _ = View();
        state.State.ResetTicket = ticket;
        await state.WriteStateAsync();
    }

    public Task<PasswordResetTicket?> GetResetTicketAsync()
    {
        _ = View();
        return Task.FromResult(state.State.ResetTicket);
    }

    public async Task DeleteAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }
    }

    private UserView View() =>
        state.State.Account is { } account
            ? new UserView(account, [.. state.State.Memberships.OrderBy(m => m.FacilityId, StringComparer.Ordinal)])
            : throw new NotFoundException("User", GrainKey);
}
