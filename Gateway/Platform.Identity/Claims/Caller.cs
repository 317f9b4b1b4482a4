using System.Security.Claims;
using Platform.Grains.Identity;

namespace Platform.Identity.Claims;

/// <summary>
/// The authenticated caller as authorization sees it, read from an access token's claims
/// (<see cref="PlatformClaims"/>): <c>sub</c> (user id or agent client id), <c>kind</c> (<c>user</c> | <c>agent</c>),
/// <c>platform_admin</c> (<c>true</c>), <c>membership</c> (one per facility, <c>facilityId:role</c>), <c>group</c> (one per
/// group id), and for agents <c>facility_id</c> and <c>microscope_id</c>. Claims reflect the account when the token was
/// issued (at most one access-token lifetime ago).
/// </summary>
public sealed class Caller
{
    private Caller(CallerKind kind, string? subject, bool isPlatformAdmin, IReadOnlyDictionary<string, FacilityRole> memberships, IReadOnlySet<string> groupIds, string? agentFacilityId, string? agentMicroscopeId)
    {
        Kind = kind;
        Subject = subject;
        IsPlatformAdmin = isPlatformAdmin;
        Memberships = memberships;
        GroupIds = groupIds;
        AgentFacilityId = agentFacilityId;
        AgentMicroscopeId = agentMicroscopeId;
    }

    public static Caller Anonymous { get; } = new(CallerKind.Anonymous, null, false, new Dictionary<string, FacilityRole>(), new HashSet<string>(), null, null);

    public CallerKind Kind { get; }

    /// <summary>The user id or agent client id; null when anonymous.</summary>
    public string? Subject { get; }

    public bool IsAuthenticated => Kind != CallerKind.Anonymous;

    public bool IsPlatformAdmin { get; }

    /// <summary>Facility id → the user's role there (empty for agents).</summary>
    public IReadOnlyDictionary<string, FacilityRole> Memberships { get; }

    public IReadOnlySet<string> GroupIds { get; }

    public string? AgentFacilityId { get; }

    public string? AgentMicroscopeId { get; }

    /// <summary>Results clients only: the source name their results are recorded under (their facility is <see cref="AgentFacilityId"/>).</summary>
    public string? ResultsSource { get; private init; }

    /// <summary>Reads the caller from an authenticated principal; unauthenticated or malformed principals are <see cref="Anonymous"/>.</summary>
    public static Caller From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true || principal.FindFirst(PlatformClaims.Subject)?.Value is not { Length: > 0 } subject)
        {
            return Anonymous;
        }

        switch (principal.FindFirst(PlatformClaims.Kind)?.Value)
        {
            case PlatformClaims.KindAgent:
                var facility = principal.FindFirst(PlatformClaims.FacilityId)?.Value;
                var microscope = principal.FindFirst(PlatformClaims.MicroscopeId)?.Value;
                return facility is null || microscope is null
                    ? Anonymous
                    : new(CallerKind.Agent, subject, false, new Dictionary<string, FacilityRole>(), new HashSet<string>(), facility, microscope);
            case PlatformClaims.KindResults:
                var resultsFacility = principal.FindFirst(PlatformClaims.FacilityId)?.Value;
                var source = principal.FindFirst(PlatformClaims.Name)?.Value;
                return resultsFacility is null || source is null
                    ? Anonymous
                    : new(CallerKind.ResultsClient, subject, false, new Dictionary<string, FacilityRole>(), new HashSet<string>(), resultsFacility, null) { ResultsSource = source };
            case PlatformClaims.KindUser:
                var memberships = new Dictionary<string, FacilityRole>(StringComparer.Ordinal);
                foreach (var claim in principal.FindAll(PlatformClaims.Membership))
                {
                    var split = claim.Value.LastIndexOf(':');
                    if (split > 0 && FacilityRoleNames.TryParse(claim.Value[(split + 1)..], out var role))
                    {
                        memberships[claim.Value[..split]] = role;
                    }
                }

                var groups = principal.FindAll(PlatformClaims.Group).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
                var admin = principal.FindFirst(PlatformClaims.PlatformAdmin)?.Value == "true";
                return new(CallerKind.User, subject, admin, memberships, groups, null, null);
            default:
                return Anonymous;
        }
    }

    /// <summary>Whether the caller is a user with at least <paramref name="atLeast"/> in the facility; platform admins always are.</summary>
    public bool HasRoleIn(string facilityId, FacilityRole atLeast) =>
        Kind == CallerKind.User && (IsPlatformAdmin || (Memberships.TryGetValue(facilityId, out var role) && role >= atLeast));

    /// <summary>Whether the caller may see anything of the facility: a member, its agent, or a platform admin.</summary>
    public bool BelongsTo(string facilityId) =>
        HasRoleIn(facilityId, FacilityRole.User) || (Kind == CallerKind.Agent && AgentFacilityId == facilityId);

    public bool IsMemberOfGroup(string groupId) => Kind == CallerKind.User && GroupIds.Contains(groupId);

    /// <summary>Whether the caller is a results client of <paramref name="facilityId"/>.</summary>
    public bool IsResultsClientOf(string facilityId) => Kind == CallerKind.ResultsClient && AgentFacilityId == facilityId;

    /// <summary>Whether the caller is the edge agent registered for <paramref name="microscopeId"/>.</summary>
    public bool IsAgentOf(string microscopeId) => Kind == CallerKind.Agent && AgentMicroscopeId == microscopeId;
}
