using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Grains.Identity;
using Platform.Identity.Tokens;

namespace Platform.Identity.Tests;

/// <summary>
/// Bearer validation on a protected endpoint (<c>/connect/userinfo</c>): a good token passes; expired, tampered,
/// unsigned, foreign-key, wrong-audience and wrong-issuer tokens get 401 with <c>error="invalid_token"</c>.
/// </summary>
public sealed class AccessTokenValidationTests
{
    [Fact]
    public async Task A_valid_token_authenticates_and_no_token_is_anonymous()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        var userId = await host.CreateUserAsync("ann@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var token = await host.AccessTokenAsync("ann@lab.test");

        var (status, body) = await host.SendAsync(HttpMethod.Get, "/connect/userinfo", token);
        Assert.Equal(200, status);
        Assert.Equal(userId, body.GetProperty("sub").GetString());

        Assert.Equal(401, (await host.SendAsync(HttpMethod.Get, "/connect/userinfo", null)).Status);
    }

    [Fact]
    public async Task An_expired_token_is_rejected()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("ann@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var token = await host.AccessTokenAsync("ann@lab.test");

        // Lifetime 10 min plus 30 s tolerated skew.
        host.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(29));
        Assert.Equal(200, (await host.SendAsync(HttpMethod.Get, "/connect/userinfo", token)).Status);
        host.Clock.Advance(TimeSpan.FromSeconds(2));
        await AssertRejectedAsync(host, token);
    }

    [Fact]
    public async Task Tampered_payloads_and_signatures_are_rejected()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("ann@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var token = await host.AccessTokenAsync("ann@lab.test");

        await AssertRejectedAsync(host, Jwt.WithPayload(token, p => p["platform_admin"] = "true"));
        await AssertRejectedAsync(host, Jwt.WithPayload(token, p => p["membership"] = $"{IdentityHost.OtherFacilityId}:facilityAdmin"));
        await AssertRejectedAsync(host, Jwt.WithFlippedSignatureBit(token));
        await AssertRejectedAsync(host, token[..^4]);
        await AssertRejectedAsync(host, "not-a-jwt");
    }

    [Fact]
    public async Task Once_a_token_has_been_accepted_its_tampered_copies_are_still_rejected_and_each_caller_gets_its_own_claims()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("ann@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var token = await host.AccessTokenAsync("ann@lab.test");
        var tokens = host.Services.GetRequiredService<AccessTokens>();

        var (first, _) = await tokens.ValidateAsync(token, TestContext.Current.CancellationToken);
        Assert.NotNull(first);
        ((ClaimsIdentity)first.Identity!).AddClaim(new Claim("platform_admin", "true"));

        await AssertRejectedAsync(host, Jwt.WithPayload(token, p => p["platform_admin"] = "true"));
        await AssertRejectedAsync(host, Jwt.WithFlippedSignatureBit(token));
        var (again, error) = await tokens.ValidateAsync(token, TestContext.Current.CancellationToken);
        Assert.Null(error);
        Assert.Null(again!.FindFirst("platform_admin"));
        Assert.Equal(first.FindFirst("sub")!.Value, again.FindFirst("sub")!.Value);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_rejected()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("ann@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var token = await host.AccessTokenAsync("ann@lab.test");

        await AssertRejectedAsync(host, Jwt.Unsigned(Jwt.Payload(token)));
    }

    [Fact]
    public async Task Tokens_for_another_audience_or_issuer_or_signed_by_a_foreign_key_are_rejected()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("ann@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var keys = host.Services.GetRequiredService<SigningKeys>();
        var ourKey = (await keys.GetAsync(TestContext.Current.CancellationToken))[0];

        Assert.Equal(200, (await host.SendAsync(HttpMethod.Get, "/connect/userinfo", Mint(host, ourKey, IdentityHost.Issuer, "platform-api"))).Status);
        await AssertRejectedAsync(host, Mint(host, ourKey, IdentityHost.Issuer, "another-api"));
        await AssertRejectedAsync(host, Mint(host, ourKey, "https://evil.test", "platform-api"));

        // Same key id, different private key.
        var foreign = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = ourKey.KeyId };
        await AssertRejectedAsync(host, Mint(host, foreign, IdentityHost.Issuer, "platform-api"));
    }

    [Fact]
    public async Task After_key_rotation_old_tokens_still_validate_and_new_tokens_use_the_new_key()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("ann@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var before = await host.AccessTokenAsync("ann@lab.test");

        await host.Services.GetRequiredService<SigningKeys>().RotateNowAsync(TestContext.Current.CancellationToken);
        var after = await host.AccessTokenAsync("ann@lab.test");

        Assert.NotEqual((string?)Jwt.Header(before)["kid"], (string?)Jwt.Header(after)["kid"]);
        Assert.Equal(200, (await host.SendAsync(HttpMethod.Get, "/connect/userinfo", before)).Status);
        Assert.Equal(200, (await host.SendAsync(HttpMethod.Get, "/connect/userinfo", after)).Status);
        var (_, jwks) = await host.SendAsync(HttpMethod.Get, "/.well-known/jwks.json", null);
        var kids = jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Contains((string?)Jwt.Header(before)["kid"], kids);
        Assert.Contains((string?)Jwt.Header(after)["kid"], kids);
    }

    [Fact]
    public async Task A_retired_key_leaves_the_key_set_once_its_tokens_have_expired()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        var ring = host.Grains.GetGrain<ISigningKeyRingGrain>(ISigningKeyRingGrain.PlatformKey);
        var policy = host.Services.GetRequiredService<SigningKeys>().Policy;
        var first = (await ring.GetKeysAsync(policy))[0].KeyId;

        host.Clock.Advance(policy.RotationPeriod);
        var rotated = await ring.GetKeysAsync(policy);
        Assert.Equal([first], rotated.Skip(1).Select(k => k.KeyId));

        host.Clock.Advance(policy.RetainAfterRetirement);
        Assert.DoesNotContain(first, (await ring.GetKeysAsync(policy)).Select(k => k.KeyId));
    }

    private static string Mint(IdentityHost host, SecurityKey key, string issuer, string audience)
    {
        var now = host.Clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", "u-forged"), new Claim("kind", "user"), new Claim("platform_admin", "true")]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        });
    }

    private static async Task AssertRejectedAsync(IdentityHost host, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        using var response = await host.Http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(401, (int)response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
    }
}
