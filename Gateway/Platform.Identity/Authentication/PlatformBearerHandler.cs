using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Identity.Tokens;

namespace Platform.Identity.Authentication;

/// <summary>
/// Authenticates <c>Authorization: Bearer</c> access tokens with <see cref="AccessTokens"/> and sets <c>HttpContext.User</c>
/// (the JwtBearer package does not restore here). No header: anonymous. A bad token: 401 with
/// <c>WWW-Authenticate: Bearer error="invalid_token"</c> when the endpoint requires authentication.
/// </summary>
public sealed class PlatformBearerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    private string? _failure;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        var (principal, error) = await tokens.ValidateAsync(token, Context.RequestAborted).ConfigureAwait(false);
        if (principal is null)
        {
            _failure = error;
            return AuthenticateResult.Fail(error ?? "invalid token");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = _failure is null
            ? "Bearer"
            : "Bearer error=\"invalid_token\", error_description=\"The access token is invalid, expired or not for this audience.\"";
        return Task.CompletedTask;
    }
}
