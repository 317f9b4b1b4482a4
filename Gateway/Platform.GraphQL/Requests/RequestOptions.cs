using System.Security.Claims;

namespace Platform.GraphQL.Requests;

/// <summary>Per-request inputs from the host: services, the authenticated user, and whether mutations are allowed (not on GET).</summary>
public sealed record RequestOptions
{
    public IServiceProvider? Services { get; init; }

    public ClaimsPrincipal? User { get; init; }

    /// <summary>Operation types the transport allows (GET allows only queries).</summary>
    public bool AllowMutations { get; init; } = true;

    public bool AllowSubscriptions { get; init; } = true;
}
