using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Transport;

namespace Platform.GraphQL.SampleServer;

/// <summary>Sample authentication hook: a bearer header or an init payload <c>token</c> names the user; "forbidden" is rejected.</summary>
public static class SampleAuth
{
    public static ValueTask<GraphQLAuthResult> AuthenticateAsync(HttpContext http, IReadOnlyDictionary<string, object?>? initPayload, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var header = http.Request.Headers.Authorization.ToString();
        var token = initPayload?.GetValueOrDefault("token") as string
            ?? (header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : null);
        return ValueTask.FromResult(token switch
        {
            null => GraphQLAuthResult.Anonymous,
            "forbidden" => GraphQLAuthResult.Reject("This token is not accepted."),
            _ => GraphQLAuthResult.Allow(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, token)], "sample"))),
        });
    }
}
