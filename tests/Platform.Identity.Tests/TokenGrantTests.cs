using Platform.Grains.Identity;
using Platform.Identity.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Identity.Tests;

/// <summary>The password, refresh_token and client_credentials grants over HTTP, including rotation and reuse detection.</summary>
public sealed class TokenGrantTests
{
    [Fact]
    public async Task Password_grant_returns_a_short_lived_token_with_memberships_and_groups()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        var userId = await host.CreateUserAsync("ada@lab.test", (IdentityHost.FacilityId, FacilityRole.Staff));
        var group = await host.WithScopeAsync(s => s.GetRequiredService<AccountDirectory>().CreateGroupAsync(IdentityHost.FacilityId, "Lovelace lab", userId));

        var (status, body) = await host.PasswordGrantAsync("ADA@lab.test");

        Assert.Equal(200, status);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(600, body.GetProperty("expires_in").GetInt32());
        Assert.StartsWith("rt.", body.GetProperty("refresh_token").GetString());
        var token = body.GetProperty("access_token").GetString()!;
        var payload = Jwt.Payload(token);
        Assert.Equal("ES256", (string?)Jwt.Header(token)["alg"]);
        Assert.Equal(userId, (string?)payload["sub"]);
        Assert.Equal("user", (string?)payload["kind"]);
        Assert.Equal($"{IdentityHost.FacilityId}:staff", (string?)payload["membership"]);
        Assert.Equal(group.Id, (string?)payload["group"]);
        Assert.Equal(IdentityHost.Issuer, (string?)payload["iss"]);
        Assert.Equal("platform-api", (string?)payload["aud"]);
        Assert.Equal(600, (long)payload["exp"]! - (long)payload["iat"]!);
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_its_reuse_revokes_the_whole_family()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("bob@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var first = (await host.PasswordGrantAsync("bob@lab.test")).Body.GetProperty("refresh_token").GetString()!;

        var (rotatedStatus, rotated) = await host.PostFormAsync("/connect/token", ("grant_type", "refresh_token"), ("refresh_token", first));
        Assert.Equal(200, rotatedStatus);
        var second = rotated.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(first, second);

        // The first token again: a thief (or the victim) replays it. Both tokens of the family die.
        var (reuseStatus, reuse) = await host.PostFormAsync("/connect/token", ("grant_type", "refresh_token"), ("refresh_token", first));
        Assert.Equal(400, reuseStatus);
        Assert.Equal("invalid_grant", reuse.GetProperty("error").GetString());
        Assert.Contains("already used", reuse.GetProperty("error_description").GetString());
        var (afterStatus, after) = await host.PostFormAsync("/connect/token", ("grant_type", "refresh_token"), ("refresh_token", second));
        Assert.Equal(400, afterStatus);
        Assert.Equal("invalid_grant", after.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_revoked_refresh_token_is_rejected_and_an_access_token_cannot_be_revoked()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("cy@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var grant = (await host.PasswordGrantAsync("cy@lab.test")).Body;
        var refresh = grant.GetProperty("refresh_token").GetString()!;

        Assert.Equal(200, (await host.PostFormAsync("/connect/revocation", ("token", refresh))).Status);
        Assert.Equal(200, (await host.PostFormAsync("/connect/revocation", ("token", refresh))).Status);
        var (status, body) = await host.PostFormAsync("/connect/token", ("grant_type", "refresh_token"), ("refresh_token", refresh));
        Assert.Equal(400, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());

        var (accessStatus, accessBody) = await host.PostFormAsync("/connect/revocation", ("token", grant.GetProperty("access_token").GetString()!));
        Assert.Equal(400, accessStatus);
        Assert.Equal("unsupported_token_type", accessBody.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_refresh_token_expires_with_its_family()
    {
        await using var host = await IdentityHost.StartSqliteAsync(new TokenServiceOptions { RefreshTokenLifetime = TimeSpan.FromHours(1) });
        await host.CreateUserAsync("dee@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var refresh = (await host.PasswordGrantAsync("dee@lab.test")).Body.GetProperty("refresh_token").GetString()!;

        host.Clock.Advance(TimeSpan.FromHours(1));

        var (status, body) = await host.PostFormAsync("/connect/token", ("grant_type", "refresh_token"), ("refresh_token", refresh));
        Assert.Equal(400, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Disabling_a_user_refuses_sign_in_and_ends_its_refresh_tokens()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        var userId = await host.CreateUserAsync("eve@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var refresh = (await host.PasswordGrantAsync("eve@lab.test")).Body.GetProperty("refresh_token").GetString()!;

        await host.WithScopeAsync(s => s.GetRequiredService<AccountDirectory>().SetDisabledAsync(userId, true));

        var (signIn, signInBody) = await host.PasswordGrantAsync("eve@lab.test");
        Assert.Equal(400, signIn);
        Assert.Contains("disabled", signInBody.GetProperty("error_description").GetString());
        Assert.Equal(400, (await host.PostFormAsync("/connect/token", ("grant_type", "refresh_token"), ("refresh_token", refresh))).Status);
    }

    [Theory]
    [InlineData("grant_type=authorization_code", 400, "unsupported_grant_type")]
    [InlineData("username=a&password=b", 400, "invalid_request")]
    [InlineData("grant_type=password&username=a", 400, "invalid_request")]
    [InlineData("grant_type=refresh_token&refresh_token=rt.not-a-token", 400, "invalid_grant")]
    [InlineData("grant_type=client_credentials&client_id=x", 401, "invalid_client")]
    public async Task Malformed_token_requests_get_the_OAuth_error_and_change_nothing(string form, int expectedStatus, string expectedError)
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        using var content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await host.Http.PostAsync("/connect/token", content, TestContext.Current.CancellationToken);

        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.Contains($"\"error\":\"{expectedError}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_json_body_is_refused_as_an_invalid_request()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        var (status, body) = await host.SendAsync(HttpMethod.Post, "/connect/token", null, new { grant_type = "password" });
        Assert.Equal(400, status);
        Assert.Equal("invalid_request", body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("Basic !!!not-base64!!!")]
    [InlineData("Basic bm8tY29sb24=")]
    public async Task A_malformed_basic_header_is_an_invalid_client(string header)
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent([KeyValuePair.Create("grant_type", "client_credentials")]) };
        request.Headers.TryAddWithoutValidation("Authorization", header);

        using var response = await host.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Contains("invalid_client", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_password_reset_ends_the_refresh_tokens_issued_before_it()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        var userId = await host.CreateUserAsync("hal@lab.test", (IdentityHost.FacilityId, FacilityRole.User));
        var refresh = (await host.PasswordGrantAsync("hal@lab.test")).Body.GetProperty("refresh_token").GetString()!;

        await host.WithScopeAsync(async s =>
        {
            var accounts = s.GetRequiredService<AccountDirectory>();
            await accounts.ResetPasswordAsync("hal@lab.test", await accounts.IssuePasswordResetAsync(userId), "hal's new passphrase");
            return true;
        });

        var (status, body) = await host.PostFormAsync("/connect/token", ("grant_type", "refresh_token"), ("refresh_token", refresh));
        Assert.Equal(400, status);
        Assert.Contains("password reset", body.GetProperty("error_description").GetString());
    }
}
