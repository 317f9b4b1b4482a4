using Platform.Runtime.Indexing;

namespace Platform.Grains.Identity;

/// <summary>Persistent state of a group (lab).</summary>
public sealed class GroupState : IIndexedState
{
    public GroupSetup? Setup { get; set; }

    public List<string> MemberUserIds { get; set; } = [];

    public DateTimeOffset CreatedAtUtc { get; set; }

    public IReadOnlyList<IndexRow> ToIndexRows(string grainKey)
    {
        if (Setup is null)
        {
            return [];
        }

        var group = new IndexRow(IdentityIndex.GroupsTable, grainKey, new Dictionary<string, object?>
        {
            [IdentityIndex.FacilityId] = Setup.FacilityId,
            [IdentityIndex.Name] = Setup.Name,
            [IdentityIndex.PiUserId] = Setup.PiUserId,
        });
        return
        [
            group,
            .. MemberUserIds.Select(userId => new IndexRow(IdentityIndex.GroupMembersTable, $"{grainKey}/{userId}", new Dictionary<string, object?>
            {
                [IdentityIndex.GroupId] = grainKey,
                [IdentityIndex.UserId] = userId,
                [IdentityIndex.FacilityId] = Setup.FacilityId,
            })),
        ];
    }
}
