using Platform.Grains.Errors;
using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>A group (lab): validates its setup and keeps the member list, PI included.</summary>
[GrainType("group")]
public sealed class GroupGrain([PersistentState("group")] IPersistentState<GroupState> state) : Grain, IGroupGrain
{
    public async Task<GroupView> CreateAsync(GroupSetup setup)
    {
        if (state.RecordExists)
        {
            throw new AlreadyExistsException("Group", GrainKey);
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(setup.Name) || setup.Name.Length > 200)
        {
            errors.Add(new("name", "must be 1 to 200 characters"));
        }

        if (string.IsNullOrWhiteSpace(setup.FacilityId))
        {
            errors.Add(new("facilityId", "is required"));
        }

        if (string.IsNullOrWhiteSpace(setup.PiUserId))
        {
            errors.Add(new("piUserId", "is required"));
        }

        InvalidInputException.ThrowIfAny(errors);
        state.State.Setup = setup with { Name = setup.Name.Trim() };
        state.State.MemberUserIds = [setup.PiUserId];
        state.State.CreatedAtUtc = TimeProvider.GetUtcNow();
        await state.WriteStateAsync();
        return View();
    }

    public Task<GroupView> GetAsync() => Task.FromResult(View());

    public async Task<GroupView> AddMemberAsync(string userId)
    {
        _ = View();
        if (!state.State.MemberUserIds.Contains(userId))
        {
            state.State.MemberUserIds.Add(userId);
            await state.WriteStateAsync();
        }

        return View();
    }

    public async Task<GroupView> RemoveMemberAsync(string userId)
    {
        var view = View();
        if (userId == view.Setup.PiUserId)
        {
            throw new InvalidStateException("remove the member", "they are the group's PI", "a group always has its PI; change the PI first");
        }

        if (state.State.MemberUserIds.Remove(userId))
        {
            await state.WriteStateAsync();
        }

        return View();
    }

    private GroupView View() =>
        state.State.Setup is { } setup
            ? new GroupView(GrainKey, setup, [.. state.State.MemberUserIds], state.State.CreatedAtUtc)
            : throw new NotFoundException("Group", GrainKey);
}
