using Platform.Grains.Bookings;
using Platform.Grains.Identity;
using Platform.Grains.Sessions;
using Platform.Identity.Claims;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Authorization;

/// <summary>
/// <see cref="Visibility"/> as index-table conditions, added to a list's own filters so the database returns only rows the
/// caller may see (never filtered after loading). Null means the caller sees none of the list.
/// </summary>
public static class ListScopes
{
    /// <summary>The facilities a caller belongs to (all for platform admins).</summary>
    public static IReadOnlyList<IndexFilter>? Facilities(Caller caller)
    {
        if (caller.IsPlatformAdmin)
        {
            return [];
        }

        var ids = caller.Memberships.Keys.Concat(caller.AgentFacilityId is { } agentFacility ? [agentFacility] : []).Distinct().Cast<object?>().ToList();
        return ids.Count == 0 ? null : [new IndexFilter("key", IndexOperator.In, ids)];
    }

    /// <summary>A facility's microscopes: all for members, its own for an agent.</summary>
    public static IReadOnlyList<IndexFilter>? Microscopes(Caller caller, string facilityId) =>
        caller.Kind == CallerKind.Agent
            ? caller.AgentFacilityId == facilityId ? [new IndexFilter("key", IndexOperator.Equal, caller.AgentMicroscopeId)] : null
            : caller.HasRoleIn(facilityId, FacilityRole.User) ? [] : null;

    /// <summary>A facility's sessions: all for staff, the caller's groups' for users, its microscope's for an agent.</summary>
    public static IReadOnlyList<IndexFilter>? Sessions(Caller caller, string facilityId) =>
        caller.Kind == CallerKind.Agent
            ? caller.AgentFacilityId == facilityId ? [new IndexFilter(SessionIndex.MicroscopeId, IndexOperator.Equal, caller.AgentMicroscopeId)] : null
            : OfGroups(caller, facilityId, SessionIndex.GroupId);

    /// <summary>A facility's bookings: all for staff, the caller's groups' for users, none for agents.</summary>
    public static IReadOnlyList<IndexFilter>? Bookings(Caller caller, string facilityId) => OfGroups(caller, facilityId, BookingIndex.GroupId);

    private static IReadOnlyList<IndexFilter>? OfGroups(Caller caller, string facilityId, string groupColumn)
    {
        if (caller.HasRoleIn(facilityId, FacilityRole.Staff))
        {
            return [];
        }

        return caller.HasRoleIn(facilityId, FacilityRole.User) && caller.GroupIds.Count > 0
            ? [new IndexFilter(groupColumn, IndexOperator.In, caller.GroupIds.Cast<object?>().ToList())]
            : null;
    }
}
