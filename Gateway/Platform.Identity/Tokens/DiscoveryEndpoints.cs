using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Identity.Claims;

namespace Platform.Identity.Tokens;

/// <summary>
/// <c>GET /.well-known/openid-configuration</c> (OpenID Connect Discovery 1.0 §3, the fields that apply to us),
/// <c>GET /.well-known/jwks.json</c> (RFC 7517; every published public key) and <c>GET /connect/userinfo</c> (the caller's claims).
/// </summary>
public static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/openid-configuration", (IssuerName issuer) =>
        {
            var baseUrl = issuer.Value;
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = baseUrl,
                ["token_endpoint"] = $"{baseUrl}/connect/token",
                ["revocation_endpoint"] = $"{baseUrl}/connect/revocation",
                ["userinfo_endpoint"] = $"{baseUrl}/connect/userinfo",
                ["jwks_uri"] = $"{baseUrl}/.well-known/jwks.json",
                ["grant_types_supported"] = new[] { "password", "refresh_token", "client_credentials" },
                ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
                ["revocation_endpoint_auth_methods_supported"] = new[] { "none" },
                ["id_token_signing_alg_values_supported"] = new[] { "ES256" },
                ["response_types_supported"] = new[] { "token" },
                ["subject_types_supported"] = new[] { "public" },
                ["claims_supported"] = new[]
                {
                    PlatformClaims.Subject, PlatformClaims.Kind, PlatformClaims.PlatformAdmin, PlatformClaims.Membership, PlatformClaims.Group,
                    PlatformClaims.FacilityId, PlatformClaims.MicroscopeId, PlatformClaims.ClientId, PlatformClaims.Email, PlatformClaims.Name,
                },
            });
        });
        app.MapGet("/.well-known/jwks.json", async (SigningKeys keys, HttpContext context) =>
        {
            var published = await keys.GetAsync(context.RequestAborted).ConfigureAwait(false);
            context.Response.Headers.CacheControl = "public, max-age=60";
            return Results.Json(new { keys = published.Select(JsonWebKeys.Public).ToArray() });
        });
        app.MapGet("/connect/userinfo", (HttpContext context) =>
        {
            var claims = context.User.Claims
                .GroupBy(c => c.Type)
                .ToDictionary(g => g.Key, g => g.Count() == 1 ? (object)g.First().Value : g.Select(c => c.Value).ToArray());
            return Results.Json(claims);
        }).RequireAuthorization();
        return app;
    }
}
