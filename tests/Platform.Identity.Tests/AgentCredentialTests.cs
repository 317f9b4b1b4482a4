using Platform.Grains.Identity;

namespace Platform.Identity.Tests;

/// <summary>
/// Agent credentials through the admin API: a facility admin registers one for a microscope of their facility and
/// sees the secret once; its tokens carry the microscope; staff rotate (old secret dies) or revoke it.
/// </summary>
public sealed class AgentCredentialTests
{
    [Fact]
    public async Task A_registered_agent_gets_tokens_that_carry_its_microscope()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("admin@a.test", (IdentityHost.FacilityId, FacilityRole.FacilityAdmin));
        var admin = await host.AccessTokenAsync("admin@a.test");

        var (status, agent) = await host.SendAsync(HttpMethod.Post, $"/admin/facilities/{IdentityHost.FacilityId}/agents", admin, new { microscopeId = IdentityHost.MicroscopeId });
        Assert.Equal(200, status);
        var clientId = agent.GetProperty("clientId").GetString()!;
        var secret = agent.GetProperty("clientSecret").GetString()!;

        var (tokenStatus, token) = await ClientCredentialsAsync(host, clientId, secret);
        Assert.Equal(200, tokenStatus);
        Assert.False(token.TryGetProperty("refresh_token", out _));
        var payload = Jwt.Payload(token.GetProperty("access_token").GetString()!);
        Assert.Equal(clientId, (string?)payload["sub"]);
        Assert.Equal("agent", (string?)payload["kind"]);
        Assert.Equal(IdentityHost.MicroscopeId, (string?)payload["microscope_id"]);
        Assert.Equal(IdentityHost.FacilityId, (string?)payload["facility_id"]);

        // HTTP Basic client authentication works too.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent([KeyValuePair.Create("grant_type", "client_credentials")]) };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
        using var basic = await host.Http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)basic.StatusCode);

        var (listStatus, list) = await host.SendAsync(HttpMethod.Get, $"/admin/facilities/{IdentityHost.FacilityId}/agents", admin);
        Assert.Equal(200, listStatus);
        Assert.DoesNotContain(secret, list.ToString());
    }

    [Fact]
    public async Task Rotation_by_staff_kills_the_old_secret_and_revocation_kills_the_credential()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("admin@a.test", (IdentityHost.FacilityId, FacilityRole.FacilityAdmin));
        await host.CreateUserAsync("staff@a.test", (IdentityHost.FacilityId, FacilityRole.Staff));
        var admin = await host.AccessTokenAsync("admin@a.test");
        var staff = await host.AccessTokenAsync("staff@a.test");
        var agent = (await host.SendAsync(HttpMethod.Post, $"/admin/facilities/{IdentityHost.FacilityId}/agents", admin, new { microscopeId = IdentityHost.MicroscopeId })).Body;
        var clientId = agent.GetProperty("clientId").GetString()!;
        var oldSecret = agent.GetProperty("clientSecret").GetString()!;

        var (rotateStatus, rotated) = await host.SendAsync(HttpMethod.Post, $"/admin/agents/{clientId}/rotate", staff);
        Assert.Equal(200, rotateStatus);
        var newSecret = rotated.GetProperty("clientSecret").GetString()!;
        Assert.Equal(401, (await ClientCredentialsAsync(host, clientId, oldSecret)).Status);
        Assert.Equal(200, (await ClientCredentialsAsync(host, clientId, newSecret)).Status);

        Assert.Equal(200, (await host.SendAsync(HttpMethod.Post, $"/admin/agents/{clientId}/revoke", staff)).Status);
        var (revokedStatus, revoked) = await ClientCredentialsAsync(host, clientId, newSecret);
        Assert.Equal(401, revokedStatus);
        Assert.Equal("invalid_client", revoked.GetProperty("error").GetString());
        var (again, againBody) = await host.SendAsync(HttpMethod.Post, $"/admin/agents/{clientId}/rotate", staff);
        Assert.Equal(409, again);
        Assert.Equal("INVALID_STATE", againBody.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_a_facility_admin_registers_and_only_for_their_own_facility_microscopes()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("admin@a.test", (IdentityHost.FacilityId, FacilityRole.FacilityAdmin));
        await host.CreateUserAsync("user@a.test", (IdentityHost.FacilityId, FacilityRole.User));
        await host.CreateUserAsync("admin@b.test", (IdentityHost.OtherFacilityId, FacilityRole.FacilityAdmin));
        var adminA = await host.AccessTokenAsync("admin@a.test");
        var userA = await host.AccessTokenAsync("user@a.test");
        var adminB = await host.AccessTokenAsync("admin@b.test");
        var path = $"/admin/facilities/{IdentityHost.FacilityId}/agents";

        Assert.Equal(401, (await host.SendAsync(HttpMethod.Post, path, null, new { microscopeId = IdentityHost.MicroscopeId })).Status);
        Assert.Equal(403, (await host.SendAsync(HttpMethod.Post, path, userA, new { microscopeId = IdentityHost.MicroscopeId })).Status);
        Assert.Equal(404, (await host.SendAsync(HttpMethod.Post, path, adminB, new { microscopeId = IdentityHost.MicroscopeId })).Status);
        var (other, otherBody) = await host.SendAsync(HttpMethod.Post, path, adminA, new { microscopeId = IdentityHost.OtherMicroscopeId });
        Assert.Equal(400, other);
        Assert.Equal("microscopeId", otherBody.GetProperty("errors")[0].GetProperty("field").GetString());

        var clientId = (await host.SendAsync(HttpMethod.Post, path, adminA, new { microscopeId = IdentityHost.MicroscopeId })).Body.GetProperty("clientId").GetString()!;
        Assert.Equal(404, (await host.SendAsync(HttpMethod.Post, $"/admin/agents/{clientId}/rotate", adminB)).Status);
        Assert.Equal(403, (await host.SendAsync(HttpMethod.Post, $"/admin/agents/{clientId}/revoke", userA)).Status);
        Assert.Equal(404, (await host.SendAsync(HttpMethod.Post, "/admin/agents/agent-unknown/revoke", adminA)).Status);
    }

    private static Task<(int Status, System.Text.Json.JsonElement Body)> ClientCredentialsAsync(IdentityHost host, string clientId, string secret) =>
        host.PostFormAsync("/connect/token", ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret));
}
