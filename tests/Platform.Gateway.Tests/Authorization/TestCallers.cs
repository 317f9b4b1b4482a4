using System.Security.Claims;
using Platform.Identity.Claims;

namespace Platform.Gateway.Tests.Authorization;

/// <summary>
/// Principals with the claims a validated access token carries (Identity's claims contract, <see cref="PlatformClaims"/>),
/// for running the schema in process as each kind of caller. Seeded facilities: lab-a (group "lab", microscopes scope-a and
/// scope-a2) and lab-b (group "lab" too: group ids alone must never open another facility).
/// </summary>
public static class TestCallers
{
    public static ClaimsPrincipal PlatformAdmin { get; } = Principal(("sub", "root"), (PlatformClaims.Kind, PlatformClaims.KindUser), (PlatformClaims.PlatformAdmin, "true"));

    public static ClaimsPrincipal User(string subject, string facility, string role, params string[] groups) => Principal(
        [("sub", subject), (PlatformClaims.Kind, PlatformClaims.KindUser), (PlatformClaims.Membership, $"{facility}:{role}"), .. groups.Select(g => (PlatformClaims.Group, g))]);

    public static ClaimsPrincipal Agent(string clientId, string facility, string microscope) => Principal(
        ("sub", clientId), (PlatformClaims.Kind, PlatformClaims.KindAgent), (PlatformClaims.FacilityId, facility), (PlatformClaims.MicroscopeId, microscope));

    /// <summary>An external pipeline's results client of <paramref name="facility"/>, registered as <paramref name="name"/> (its source).</summary>
    public static ClaimsPrincipal ResultsClient(string clientId, string facility, string name) => Principal(
        ("sub", clientId), (PlatformClaims.Kind, PlatformClaims.KindResults), (PlatformClaims.FacilityId, facility), (PlatformClaims.Name, name));

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), authenticationType: "Bearer"));
}
