using Platform.Runtime.Indexing;

namespace Platform.Grains.Identity;

/// <summary>Persistent state of a user: the sign-in record, memberships and the outstanding reset ticket.</summary>
public sealed class UserState : IIndexedState
{
    public UserAccount? Account { get; set; }

    public List<FacilityMembership> Memberships { get; set; } = [];

    public PasswordResetTicket? ResetTicket { get; set; }

    public IReadOnlyList<IndexRow> ToIndexRows(string grainKey)
    {
        if (Account is null)
        {
            return [];
        }

        var user = new IndexRow(IdentityIndex.UsersTable, grainKey, new Dictionary<string, object?>
        {
            [IdentityIndex.NormalizedEmail] = Account.NormalizedEmail,
            [IdentityIndex.DisplayName] = Account.DisplayName,
            [IdentityIndex.Disabled] = Account.Disabled,
            [IdentityIndex.PlatformAdmin] = Account.PlatformAdmin,
        });
        return
        [
            user,
            .. Memberships.Select(m => new IndexRow(IdentityIndex.FacilityMembersTable, $"{m.FacilityId}/{grainKey}", new Dictionary<string, object?>
            {
                [IdentityIndex.FacilityId] = m.FacilityId,
                [IdentityIndex.UserId] = grainKey,
                [IdentityIndex.Role] = m.Role.ToString(),
            })),
        ];
    }
}
