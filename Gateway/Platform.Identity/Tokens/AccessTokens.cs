using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Grains.Identity;
using Platform.Identity.Claims;

namespace Platform.Identity.Tokens;

/// <summary>
/// Mints and validates the platform's JWT access tokens (ES256, <c>typ: at+jwt</c>, short-lived). Validation
/// accepts only our issuer and audience, a signature by a published key with ES256, and an unexpired token by
/// the injected clock: <c>alg: none</c>, other algorithms and tampered payloads are refused.
/// </summary>
public sealed class AccessTokens(SigningKeys keys, IssuerName issuer, TokenServiceOptions options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false, MapInboundClaims = false };
    private readonly ValidatedTokenCache _validated = new(time, options.ClockSkew);

    public TimeSpan Lifetime => options.AccessTokenLifetime;

    public Task<string> ForUserAsync(UserView user, IReadOnlyList<string> groupIds, string clientId, CancellationToken cancellationToken)
    {
        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, user.Account.Id),
            new(PlatformClaims.Kind, PlatformClaims.KindUser),
            new(PlatformClaims.Email, user.Account.Email),
            new(PlatformClaims.Name, user.Account.DisplayName),
        };
        if (user.Account.PlatformAdmin)
        {
            claims.Add(new(PlatformClaims.PlatformAdmin, "true"));
        }

        claims.AddRange(user.Memberships.Select(m => new Claim(PlatformClaims.Membership, $"{m.FacilityId}:{FacilityRoleNames.ToName(m.Role)}")));
        claims.AddRange(groupIds.Select(g => new Claim(PlatformClaims.Group, g)));
        return CreateAsync(claims, clientId, cancellationToken);
    }

    public Task<string> ForAgentAsync(AgentCredentialView agent, CancellationToken cancellationToken) =>
        CreateAsync(
            [
                new(PlatformClaims.Subject, agent.ClientId),
                new(PlatformClaims.Kind, PlatformClaims.KindAgent),
                new(PlatformClaims.FacilityId, agent.FacilityId),
                new(PlatformClaims.MicroscopeId, agent.MicroscopeId),
            ],
            agent.ClientId,
            cancellationToken);

    /// <summary>A results client's token: its facility and the source name its results are recorded under; no microscope, no user rights.</summary>
    public Task<string> ForResultsClientAsync(AgentCredentialView client, CancellationToken cancellationToken) =>
        CreateAsync(
            [
                new(PlatformClaims.Subject, client.ClientId),
                new(PlatformClaims.Kind, PlatformClaims.KindResults),
                new(PlatformClaims.FacilityId, client.FacilityId),
                new(PlatformClaims.Name, client.ClientName ?? client.ClientId),
            ],
            client.ClientId,
            cancellationToken);

    /// <summary>The principal of a valid token, or the reason it is not valid.</summary>
    public async Task<(ClaimsPrincipal? Principal, string? Error)> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        // A token validated before: still within its lifetime (checked in the cache) and its key still published.
        if (_validated.TryGet(token, out var cached, out var cachedKeyId)
            && (await keys.GetAsync(cancellationToken).ConfigureAwait(false)).Any(k => k.KeyId == cachedKeyId))
        {
            return (cached, null);
        }

        if (!_handler.CanReadToken(token))
        {
            return (null, "the token is not a JWT");
        }

        string? keyId;
        try
        {
            keyId = _handler.ReadJsonWebToken(token).Kid;
        }
        catch (ArgumentException)
        {
            return (null, "the token is not a JWT");
        }

        var signingKeys = await keys.GetIncludingAsync(keyId, cancellationToken).ConfigureAwait(false);
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = issuer.Value,
            ValidAudience = options.Audience,
            IssuerSigningKeys = signingKeys,
            ValidAlgorithms = [SigningKeys.Algorithm],
            ValidTypes = [PlatformClaims.AccessTokenType],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            NameClaimType = PlatformClaims.Name,
            ClockSkew = options.ClockSkew,
            LifetimeValidator = IsWithinLifetime,
        };
        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return (null, result.Exception?.Message ?? "the token is not valid");
        }

        if (keyId is not null && result.SecurityToken is JsonWebToken validated)
        {
            _validated.Add(token, result.ClaimsIdentity, keyId, validated.ValidFrom == DateTime.MinValue ? null : validated.ValidFrom, validated.ValidTo);
        }

        return (new ClaimsPrincipal(result.ClaimsIdentity), null);
    }

    private async Task<string> CreateAsync(List<Claim> claims, string clientId, CancellationToken cancellationToken)
    {
        claims.Add(new(PlatformClaims.ClientId, clientId));
        claims.Add(new(PlatformClaims.TokenId, SecretHashing.NewId()));
        var now = time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer.Value,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + options.AccessTokenLifetime,
            TokenType = PlatformClaims.AccessTokenType,
            SigningCredentials = await keys.GetSigningCredentialsAsync(cancellationToken).ConfigureAwait(false),
        };
        return _handler.CreateToken(descriptor);
    }

    // Our clock (TimeProvider), not the library's, decides expiry, so tests can move time.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters) =>
        TokenLifetime.IsCurrent(time.GetUtcNow().UtcDateTime, notBefore, expires, options.ClockSkew);
}
