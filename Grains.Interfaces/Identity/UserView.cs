using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>A user's account and facility memberships.</summary>
[Immutable]
public sealed record UserView(UserAccount Account, IReadOnlyList<FacilityMembership> Memberships)
{
    public FacilityRole? RoleIn(string facilityId) =>
        Memberships.FirstOrDefault(m => m.FacilityId == facilityId)?.Role;
}
