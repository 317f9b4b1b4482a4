using Microsoft.AspNetCore.Http;

namespace Platform.Identity.Tokens;

/// <summary>An OAuth 2.0 error response (RFC 6749 §5.2): <c>{"error": ..., "error_description": ...}</c>, never cached.</summary>
public static class TokenError
{
    public const string InvalidRequest = "invalid_request";
    public const string InvalidClient = "invalid_client";
    public const string InvalidGrant = "invalid_grant";
    public const string UnsupportedGrantType = "unsupported_grant_type";
    public const string UnsupportedTokenType = "unsupported_token_type";

    public static IResult Result(HttpContext context, string error, string description)
    {
        NoStore(context);
        var status = error == InvalidClient ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest;
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"platform\"";
        }

        return Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);
    }

    public static void NoStore(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
    }
}
