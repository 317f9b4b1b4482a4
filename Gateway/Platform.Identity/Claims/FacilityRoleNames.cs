using Platform.Grains.Identity;

namespace Platform.Identity.Claims;

/// <summary>The wire names of <see cref="FacilityRole"/> (<c>user</c>, <c>staff</c>, <c>facilityAdmin</c>), used in claims and the admin API.</summary>
public static class FacilityRoleNames
{
    public static string ToName(FacilityRole role) => role switch
    {
        FacilityRole.User => "user",
        FacilityRole.Staff => "staff",
        FacilityRole.FacilityAdmin => "facilityAdmin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };

    public static bool TryParse(string? name, out FacilityRole role)
    {
        (var known, role) = name switch
        {
            "user" => (true, FacilityRole.User),
            "staff" => (true, FacilityRole.Staff),
            "facilityAdmin" => (true, FacilityRole.FacilityAdmin),
            _ => (false, FacilityRole.User),
        };
        return known;
    }
}
