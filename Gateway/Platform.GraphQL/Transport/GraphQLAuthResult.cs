using System.Security.Claims;

namespace Platform.GraphQL.Transport;

/// <summary>What the host's authentication hook decided: a user, anonymous, or rejected (HTTP 401/403, WebSocket 4403).</summary>
public sealed record GraphQLAuthResult(ClaimsPrincipal? User, bool IsRejected, string? Reason)
{
    /// <summary>When the credential stops being valid; a WebSocket connection is closed with 4403 Forbidden then.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public static GraphQLAuthResult Anonymous { get; } = new(null, false, null);

    public static GraphQLAuthResult Allow(ClaimsPrincipal user) => new(user, false, null);

    public static GraphQLAuthResult Reject(string reason) => new(null, true, reason);
}
