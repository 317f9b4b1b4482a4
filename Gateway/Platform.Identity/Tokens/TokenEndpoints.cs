using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Grains.Identity;
using Platform.Identity.Accounts;

namespace Platform.Identity.Tokens;

/// <summary>
/// <c>POST /connect/token</c> (grants <c>password</c>, <c>refresh_token</c>, <c>client_credentials</c>; RFC 6749) and
/// <c>POST /connect/revocation</c> (RFC 7009), both rate-limited per client IP.
/// </summary>
public static class TokenEndpoints
{
    public const string RateLimitPolicy = "platform-token-endpoint";

    /// <summary>The client id recorded for password sign-ins that name none.</summary>
    public const string DefaultUserClientId = "platform";

    public static IEndpointRouteBuilder MapTokenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", TokenAsync).DisableAntiforgery().RequireRateLimiting(RateLimitPolicy);
        app.MapPost("/connect/revocation", RevokeAsync).DisableAntiforgery().RequireRateLimiting(RateLimitPolicy);
        return app;
    }

    private static async Task<IResult> TokenAsync(HttpContext context, TokenEndpointServices services)
    {
        if (!context.Request.HasFormContentType)
        {
            return TokenError.Result(context, TokenError.InvalidRequest, "The request body must be application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        return form["grant_type"].ToString() switch
        {
            "password" => await PasswordAsync(context, form, services).ConfigureAwait(false),
            "refresh_token" => await RefreshAsync(context, form, services).ConfigureAwait(false),
            "client_credentials" => await ClientCredentialsAsync(context, form, services).ConfigureAwait(false),
            "" => TokenError.Result(context, TokenError.InvalidRequest, "grant_type is required."),
            _ => TokenError.Result(context, TokenError.UnsupportedGrantType, "Supported grants: password, refresh_token, client_credentials."),
        };
    }

    private static async Task<IResult> PasswordAsync(HttpContext context, IFormCollection form, TokenEndpointServices services)
    {
        var userName = form["username"].ToString();
        var password = form["password"].ToString();
        if (userName.Length == 0 || password.Length == 0 || userName.Length > 256 || password.Length > 1024)
        {
            return TokenError.Result(context, TokenError.InvalidRequest, "username and password are required.");
        }

        var (outcome, user) = await services.SignIn.CheckAsync(userName, password).ConfigureAwait(false);
        if (outcome != SignInOutcome.Succeeded || user is null)
        {
            return TokenError.Result(context, TokenError.InvalidGrant, outcome switch
            {
                SignInOutcome.LockedOut => "The account is locked after repeated wrong passwords; try again later or reset the password.",
                SignInOutcome.Disabled => "The account is disabled.",
                _ => "The user name or password is wrong.",
            });
        }

        var clientId = ClientIdOrDefault(form);
        var refreshToken = await services.RefreshTokens.IssueAsync(user.Id, clientId, user.SecurityStamp ?? "").ConfigureAwait(false);
        return await UserTokensAsync(context, services, user.Id, clientId, refreshToken).ConfigureAwait(false);
    }

    private static async Task<IResult> RefreshAsync(HttpContext context, IFormCollection form, TokenEndpointServices services)
    {
        var token = form["refresh_token"].ToString();
        if (token.Length == 0)
        {
            return TokenError.Result(context, TokenError.InvalidRequest, "refresh_token is required.");
        }

        var (result, next) = await services.RefreshTokens.RotateAsync(token).ConfigureAwait(false);
        if (result.Outcome == RefreshOutcome.ReuseDetected)
        {
            return TokenError.Result(context, TokenError.InvalidGrant, "The refresh token was already used; every token of this sign-in is revoked. Sign in again.");
        }

        if (result.Grant is not { } grant || next is null)
        {
            return TokenError.Result(context, TokenError.InvalidGrant, "The refresh token is invalid, expired or revoked.");
        }

        UserView user;
        try
        {
            user = await services.Accounts.GetAsync(grant.UserId).ConfigureAwait(false);
        }
        catch (Grains.Errors.NotFoundException)
        {
            await services.RefreshTokens.RevokeAsync(next).ConfigureAwait(false);
            return TokenError.Result(context, TokenError.InvalidGrant, "The refresh token is invalid, expired or revoked.");
        }

        if (user.Account.Disabled || user.Account.SecurityStamp != grant.SecurityStamp)
        {
            // A password reset or disable since sign-in ends the sign-in.
            await services.RefreshTokens.RevokeAsync(next).ConfigureAwait(false);
            return TokenError.Result(context, TokenError.InvalidGrant, "The account changed since sign-in (password reset or disabled). Sign in again.");
        }

        return await UserTokensAsync(context, services, user.Account.Id, grant.ClientId, next).ConfigureAwait(false);
    }

    private static async Task<IResult> ClientCredentialsAsync(HttpContext context, IFormCollection form, TokenEndpointServices services)
    {
        if (!TryClientCredentials(context, form, out var clientId, out var secret))
        {
            return TokenError.Result(context, TokenError.InvalidClient, "client_id and client_secret are required (form fields or HTTP Basic).");
        }

        var agent = await services.Agents.VerifyAsync(clientId, secret).ConfigureAwait(false);
        if (agent is null)
        {
            return TokenError.Result(context, TokenError.InvalidClient, "Unknown client, wrong secret, or revoked credential.");
        }

        var accessToken = agent.Kind == ClientKind.Results
            ? await services.AccessTokens.ForResultsClientAsync(agent, context.RequestAborted).ConfigureAwait(false)
            : await services.AccessTokens.ForAgentAsync(agent, context.RequestAborted).ConfigureAwait(false);
        TokenError.NoStore(context);
        return Results.Json(new TokenResponse(accessToken, "Bearer", (int)services.AccessTokens.Lifetime.TotalSeconds, null));
    }

    private static async Task<IResult> UserTokensAsync(HttpContext context, TokenEndpointServices services, string userId, string clientId, string refreshToken)
    {
        var user = await services.Accounts.GetAsync(userId).ConfigureAwait(false);
        var groups = await services.Accounts.GroupIdsOfAsync(userId, context.RequestAborted).ConfigureAwait(false);
        var accessToken = await services.AccessTokens.ForUserAsync(user, groups, clientId, context.RequestAborted).ConfigureAwait(false);
        TokenError.NoStore(context);
        return Results.Json(new TokenResponse(accessToken, "Bearer", (int)services.AccessTokens.Lifetime.TotalSeconds, refreshToken));
    }

    private static async Task<IResult> RevokeAsync(HttpContext context, TokenEndpointServices services)
    {
        if (!context.Request.HasFormContentType)
        {
            return TokenError.Result(context, TokenError.InvalidRequest, "The request body must be application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var token = form["token"].ToString();
        if (token.Length == 0)
        {
            return TokenError.Result(context, TokenError.InvalidRequest, "token is required.");
        }

        if (!RefreshTokens.LooksLikeRefreshToken(token))
        {
            return TokenError.Result(context, TokenError.UnsupportedTokenType, "Only refresh tokens can be revoked; access tokens expire within minutes.");
        }

        // RFC 7009 §2.2: an unknown or already revoked token is answered 200 as well.
        await services.RefreshTokens.RevokeAsync(token).ConfigureAwait(false);
        TokenError.NoStore(context);
        return Results.Ok();
    }

    private static string ClientIdOrDefault(IFormCollection form) =>
        form["client_id"].ToString() is { Length: > 0 and <= 100 } id ? id : DefaultUserClientId;

    private static bool TryClientCredentials(HttpContext context, IFormCollection form, out string clientId, out string secret)
    {
        clientId = form["client_id"].ToString();
        secret = form["client_secret"].ToString();
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    // RFC 6749 §2.3.1: both parts are form-urlencoded inside the Basic header.
                    clientId = Uri.UnescapeDataString(decoded[..colon].Replace('+', ' '));
                    secret = Uri.UnescapeDataString(decoded[(colon + 1)..].Replace('+', ' '));
                }
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return clientId.Length > 0 && secret.Length > 0;
    }
}
