using Platform.Grains.Identity;

namespace Platform.Identity.Tests;

/// <summary>
/// The JSON admin API's rules: facility admins invite and manage their own facility's users; staff manage groups;
/// another facility's ids look unknown (404); a facility admin cannot reset or disable a user who also belongs elsewhere.
/// </summary>
public sealed class AdminApiTests
{
    [Fact]
    public async Task A_facility_admin_invites_a_user_who_sets_a_password_and_signs_in_as_a_member()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("admin@a.test", (IdentityHost.FacilityId, FacilityRole.FacilityAdmin));
        var admin = await host.AccessTokenAsync("admin@a.test");

        var (status, invited) = await host.SendAsync(HttpMethod.Post, $"/admin/facilities/{IdentityHost.FacilityId}/users", admin, new { email = "new@a.test", displayName = "New", role = "staff" });
        Assert.Equal(200, status);
        var token = invited.GetProperty("invitationToken").GetString()!;
        Assert.Equal(204, (await host.SendAsync(HttpMethod.Post, "/account/reset-password", null, new { email = "new@a.test", token, newPassword = "my own passphrase" })).Status);

        var access = (await host.PasswordGrantAsync("new@a.test", "my own passphrase")).Body.GetProperty("access_token").GetString()!;
        Assert.Equal($"{IdentityHost.FacilityId}:staff", (string?)Jwt.Payload(access)["membership"]);
        var (_, members) = await host.SendAsync(HttpMethod.Get, $"/admin/facilities/{IdentityHost.FacilityId}/members", access);
        Assert.Contains(members.EnumerateArray(), m => m.GetProperty("userId").GetString() == invited.GetProperty("userId").GetString() && m.GetProperty("role").GetString() == "staff");
    }

    [Fact]
    public async Task Roles_and_facilities_are_enforced_with_403_inside_and_404_outside()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("user@a.test", (IdentityHost.FacilityId, FacilityRole.User));
        await host.CreateUserAsync("admin@b.test", (IdentityHost.OtherFacilityId, FacilityRole.FacilityAdmin));
        var user = await host.AccessTokenAsync("user@a.test");
        var adminB = await host.AccessTokenAsync("admin@b.test");
        var members = $"/admin/facilities/{IdentityHost.FacilityId}/members";

        Assert.Equal(401, (await host.SendAsync(HttpMethod.Get, members, null)).Status);
        Assert.Equal(403, (await host.SendAsync(HttpMethod.Get, members, user)).Status);
        var (outside, body) = await host.SendAsync(HttpMethod.Get, members, adminB);
        Assert.Equal(404, outside);
        Assert.Equal("NOT_FOUND", body.GetProperty("code").GetString());
        Assert.Equal(404, (await host.SendAsync(HttpMethod.Get, "/admin/facilities/no-such-facility/members", adminB)).Status);
        var (badRole, badRoleBody) = await host.SendAsync(HttpMethod.Post, $"/admin/facilities/{IdentityHost.OtherFacilityId}/users", adminB, new { email = "x@b.test", role = "overlord" });
        Assert.Equal(400, badRole);
        Assert.Equal("role", badRoleBody.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_facility_admin_cannot_reset_or_disable_a_user_who_also_belongs_to_another_facility()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("admin@a.test", (IdentityHost.FacilityId, FacilityRole.FacilityAdmin));
        var shared = await host.CreateUserAsync("shared@ab.test", (IdentityHost.FacilityId, FacilityRole.User), (IdentityHost.OtherFacilityId, FacilityRole.FacilityAdmin));
        var local = await host.CreateUserAsync("local@a.test", (IdentityHost.FacilityId, FacilityRole.User));
        var root = await host.CreateUserAsync("root@platform.test");
        await host.WithScopeAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Accounts.AccountDirectory>(s).SetPlatformAdminAsync(root, true));
        var admin = await host.AccessTokenAsync("admin@a.test");
        var platform = await host.AccessTokenAsync("root@platform.test");

        Assert.Equal(403, (await host.SendAsync(HttpMethod.Post, $"/admin/users/{shared}/password-reset", admin)).Status);
        Assert.Equal(403, (await host.SendAsync(HttpMethod.Post, $"/admin/users/{shared}/disable", admin)).Status);
        Assert.Equal(200, (await host.PasswordGrantAsync("shared@ab.test")).Status);

        Assert.Equal(200, (await host.SendAsync(HttpMethod.Post, $"/admin/users/{local}/disable", admin)).Status);
        Assert.Equal(400, (await host.PasswordGrantAsync("local@a.test")).Status);
        Assert.Equal(200, (await host.SendAsync(HttpMethod.Post, $"/admin/users/{shared}/password-reset", platform)).Status);
        Assert.Equal("true", (string?)Jwt.Payload(platform)["platform_admin"]);
    }

    [Fact]
    public async Task Staff_create_groups_and_the_PI_manages_members()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("staff@a.test", (IdentityHost.FacilityId, FacilityRole.Staff));
        var pi = await host.CreateUserAsync("pi@a.test", (IdentityHost.FacilityId, FacilityRole.User));
        var postdoc = await host.CreateUserAsync("postdoc@a.test", (IdentityHost.FacilityId, FacilityRole.User));
        await host.CreateUserAsync("other@a.test", (IdentityHost.FacilityId, FacilityRole.User));
        var staff = await host.AccessTokenAsync("staff@a.test");

        var (created, group) = await host.SendAsync(HttpMethod.Post, $"/admin/facilities/{IdentityHost.FacilityId}/groups", staff, new { name = "Cryo lab", piUserId = pi });
        Assert.Equal(200, created);
        var groupId = group.GetProperty("id").GetString()!;
        var piToken = await host.AccessTokenAsync("pi@a.test");
        Assert.Equal(200, (await host.SendAsync(HttpMethod.Post, $"/admin/groups/{groupId}/members", piToken, new { userId = postdoc })).Status);
        Assert.Equal(403, (await host.SendAsync(HttpMethod.Post, $"/admin/groups/{groupId}/members", await host.AccessTokenAsync("other@a.test"), new { userId = postdoc })).Status);
        Assert.Equal(groupId, (string?)Jwt.Payload(await host.AccessTokenAsync("postdoc@a.test"))["group"]);
        var (removePi, removePiBody) = await host.SendAsync(HttpMethod.Delete, $"/admin/groups/{groupId}/members/{pi}", staff);
        Assert.Equal(409, removePi);
        Assert.Equal("INVALID_STATE", removePiBody.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_malformed_json_body_is_a_400_and_changes_nothing()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("admin@a.test", (IdentityHost.FacilityId, FacilityRole.FacilityAdmin));
        var admin = await host.AccessTokenAsync("admin@a.test");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/facilities/{IdentityHost.FacilityId}/agents")
        {
            Content = new StringContent("{\"microscopeId\": ", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", admin);

        using var response = await host.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(400, (int)response.StatusCode);
        var (_, agents) = await host.SendAsync(HttpMethod.Get, $"/admin/facilities/{IdentityHost.FacilityId}/agents", admin);
        Assert.Equal(0, agents.GetArrayLength());
        var (missing, missingBody) = await host.SendAsync(HttpMethod.Post, $"/admin/facilities/{IdentityHost.FacilityId}/agents", admin, new { });
        Assert.Equal(400, missing);
        Assert.Equal("microscopeId", missingBody.GetProperty("errors")[0].GetProperty("field").GetString());
    }
}
