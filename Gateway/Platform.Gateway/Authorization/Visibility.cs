using Platform.Grains.Identity;
using Platform.Identity.Claims;

namespace Platform.Gateway.Authorization;

/// <summary>
/// Which objects a caller may see at all. The type loaders (<c>FacilityQueries.LoadAsync</c>, <c>SessionQueries.LoadAsync</c>, …)
/// apply these, so an invisible object loads as null everywhere — <c>node</c>, scoped lookups, nested fields, mutation targets —
/// and therefore behaves exactly like an unknown id. Lists apply the same rules as index filters (<see cref="ListScopes"/>).
/// </summary>
public static class Visibility
{
    /// <summary>Members, the facility's agents, platform admins.</summary>
    public static bool Facility(Caller caller, string facilityId) => caller.BelongsTo(facilityId);

    /// <summary>Members of its facility; an agent only its own microscope.</summary>
    public static bool Microscope(Caller caller, string facilityId, string microscopeId) =>
        caller.Kind == CallerKind.Agent ? caller.IsAgentOf(microscopeId) && caller.AgentFacilityId == facilityId : caller.HasRoleIn(facilityId, FacilityRole.User);

    /// <summary>Staff of its facility see every booking; users those of their groups; agents none.</summary>
    public static bool Booking(Caller caller, string facilityId, string groupId) => OfGroup(caller, facilityId, groupId);

    /// <summary>Staff of its facility see every session; users those of their groups; an agent those on its microscope.</summary>
    public static bool Session(Caller caller, string facilityId, string groupId, string microscopeId) =>
        OfGroup(caller, facilityId, groupId) || (caller.IsAgentOf(microscopeId) && caller.AgentFacilityId == facilityId);

    private static bool OfGroup(Caller caller, string facilityId, string groupId) =>
        caller.HasRoleIn(facilityId, FacilityRole.Staff) || (caller.HasRoleIn(facilityId, FacilityRole.User) && caller.IsMemberOfGroup(groupId));
}
