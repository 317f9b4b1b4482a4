using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Transport;
using Platform.Identity.Tokens;

namespace Platform.Gateway.Authorization;

/// <summary>
/// The GraphQL endpoint's authentication hook: the access token from the <c>connection_init</c> payload's
/// <c>authorization</c> entry (graphql-transport-ws) or else the request's <c>Authorization</c> header, validated by
/// Identity's <see cref="AccessTokens"/>. No token: anonymous. A bad token: rejected (HTTP 401, WebSocket close 4403).
/// The result carries the token's expiry so a WebSocket connection is closed with 4403 when it passes.
/// </summary>
public static class TokenAuthentication
{
    private const string BearerPrefix = "Bearer ";

    public static async ValueTask<GraphQLAuthResult> AuthenticateAsync(HttpContext http, IReadOnlyDictionary<string, object?>? initPayload, CancellationToken cancellationToken)
    {
        var fromInit = initPayload?.FirstOrDefault(p => string.Equals(p.Key, "authorization", StringComparison.OrdinalIgnoreCase)).Value;
        if (initPayload is not null && fromInit is not (null or string))
        {
            return GraphQLAuthResult.Reject("connection_init's authorization must be a string \"Bearer <access token>\".");
        }

        var authorization = fromInit as string ?? http.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(authorization))
        {
            return GraphQLAuthResult.Anonymous;
        }

        if (!authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLAuthResult.Reject("The authorization must be \"Bearer <access token>\".");
        }

        var tokens = http.RequestServices.GetRequiredService<AccessTokens>();
        var (principal, _) = await tokens.ValidateAsync(authorization[BearerPrefix.Length..].Trim(), cancellationToken).ConfigureAwait(false);
        if (principal is null)
        {
            return GraphQLAuthResult.Reject("The access token is invalid, expired or not for this audience.");
        }

        var expiresAt = long.TryParse(principal.FindFirst("exp")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        return GraphQLAuthResult.Allow(principal) with { ExpiresAt = expiresAt };
    }
}
