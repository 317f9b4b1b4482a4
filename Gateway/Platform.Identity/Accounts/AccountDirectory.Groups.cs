using Platform.Grains.Errors;
using Platform.Grains.Identity;
using Platform.Identity.Tokens;
using Platform.Runtime.Indexing;

namespace Platform.Identity.Accounts;

/// <summary>Groups (labs) and the index-table lists: members of a facility, groups of a user.</summary>
public sealed partial class AccountDirectory
{
    /// <summary>Creates a group in the facility; the PI must already be a member of that facility.</summary>
    public async Task<GroupView> CreateGroupAsync(string facilityId, string name, string piUserId)
    {
        await RequireMemberAsync(piUserId, facilityId, "piUserId").ConfigureAwait(false);
        return await grains.GetGrain<IGroupGrain>("g-" + SecretHashing.NewId()[..16]).CreateAsync(new GroupSetup(facilityId, name, piUserId)).ConfigureAwait(false);
    }

    public Task<GroupView> GetGroupAsync(string groupId) => grains.GetGrain<IGroupGrain>(groupId).GetAsync();

    /// <summary>Adds a user who is a member of the group's facility.</summary>
    public async Task<GroupView> AddGroupMemberAsync(string groupId, string userId)
    {
        var group = await GetGroupAsync(groupId).ConfigureAwait(false);
        await RequireMemberAsync(userId, group.Setup.FacilityId, "userId").ConfigureAwait(false);
        return await grains.GetGrain<IGroupGrain>(groupId).AddMemberAsync(userId).ConfigureAwait(false);
    }

    public Task<GroupView> RemoveGroupMemberAsync(string groupId, string userId) => grains.GetGrain<IGroupGrain>(groupId).RemoveMemberAsync(userId);

    /// <summary>The ids of the groups the user belongs to (the <c>group_members</c> index, never a scan of groups).</summary>
    public async Task<IReadOnlyList<string>> GroupIdsOfAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await ReadAllAsync(new IndexQuery(IdentityIndex.GroupMembersTable) { Filters = [new(IdentityIndex.UserId, IndexOperator.Equal, userId)] }, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => (string)r.Values[IdentityIndex.GroupId]!)];
    }

    /// <summary>Members of a facility with their roles, from the <c>facility_members</c> index.</summary>
    public async Task<IReadOnlyList<FacilityMember>> MembersOfAsync(string facilityId, CancellationToken cancellationToken)
    {
        var rows = await ReadAllAsync(new IndexQuery(IdentityIndex.FacilityMembersTable) { Filters = [new(IdentityIndex.FacilityId, IndexOperator.Equal, facilityId)], Order = [new(IdentityIndex.UserId)] }, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new FacilityMember((string)r.Values[IdentityIndex.UserId]!, Enum.Parse<FacilityRole>((string)r.Values[IdentityIndex.Role]!)))];
    }

    private async Task RequireMemberAsync(string userId, string facilityId, string field)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new InvalidInputException([new(field, "is required")]);
        }

        UserView user;
        try
        {
            user = await GetAsync(userId).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            throw new InvalidInputException([new(field, $"user '{userId}' does not exist")]);
        }

        if (user.RoleIn(facilityId) is null)
        {
            throw new InvalidInputException([new(field, $"user '{userId}' is not a member of facility '{facilityId}'")]);
        }
    }

    private async Task<List<IndexRow>> ReadAllAsync(IndexQuery query, CancellationToken cancellationToken)
    {
        var rows = new List<IndexRow>();
        string? after = null;
        do
        {
            var page = await indexes.QueryAsync(query with { After = after, Limit = 1000 }, cancellationToken).ConfigureAwait(false);
            rows.AddRange(page.Rows);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);
        return rows;
    }
}
