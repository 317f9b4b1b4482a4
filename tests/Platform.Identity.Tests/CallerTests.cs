using System.Security.Claims;
using Platform.Grains.Identity;
using Platform.Identity.Claims;

namespace Platform.Identity.Tests;

/// <summary>The claims contract as authorization reads it: roles are ordered, platform admins pass every facility check, agents only their microscope.</summary>
public sealed class CallerTests
{
    [Fact]
    public void A_user_caller_answers_role_group_and_facility_questions()
    {
        var caller = Caller.From(Principal(("sub", "u1"), ("kind", "user"), ("membership", "fac:a:staff"), ("membership", "fac-b:user"), ("group", "g1")));

        Assert.Equal(CallerKind.User, caller.Kind);
        Assert.True(caller.HasRoleIn("fac:a", FacilityRole.User));
        Assert.True(caller.HasRoleIn("fac:a", FacilityRole.Staff));
        Assert.False(caller.HasRoleIn("fac:a", FacilityRole.FacilityAdmin));
        Assert.False(caller.HasRoleIn("fac-b", FacilityRole.Staff));
        Assert.False(caller.BelongsTo("fac-c"));
        Assert.True(caller.IsMemberOfGroup("g1"));
        Assert.False(caller.IsMemberOfGroup("g2"));
        Assert.False(caller.IsAgentOf("krios"));
    }

    [Fact]
    public void A_platform_admin_has_every_role_everywhere_but_is_no_agent()
    {
        var caller = Caller.From(Principal(("sub", "root"), ("kind", "user"), ("platform_admin", "true")));

        Assert.True(caller.HasRoleIn("any", FacilityRole.FacilityAdmin));
        Assert.True(caller.BelongsTo("any"));
        Assert.False(caller.IsAgentOf("krios"));
    }

    [Fact]
    public void An_agent_acts_only_for_its_microscope_and_has_no_role()
    {
        var caller = Caller.From(Principal(("sub", "agent-1"), ("kind", "agent"), ("facility_id", "fac"), ("microscope_id", "krios")));

        Assert.Equal(CallerKind.Agent, caller.Kind);
        Assert.True(caller.IsAgentOf("krios"));
        Assert.False(caller.IsAgentOf("glacios"));
        Assert.True(caller.BelongsTo("fac"));
        Assert.False(caller.HasRoleIn("fac", FacilityRole.User));
    }

    [Fact]
    public void Unauthenticated_or_malformed_principals_are_anonymous()
    {
        Assert.Same(Caller.Anonymous, Caller.From(null));
        Assert.Same(Caller.Anonymous, Caller.From(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "u1"), new Claim("kind", "user")]))));
        Assert.Same(Caller.Anonymous, Caller.From(Principal(("kind", "user"))));
        Assert.Same(Caller.Anonymous, Caller.From(Principal(("sub", "a"), ("kind", "agent"))));
        Assert.Same(Caller.Anonymous, Caller.From(Principal(("sub", "a"), ("kind", "robot"))));
        var oddRoles = Caller.From(Principal(("sub", "u"), ("kind", "user"), ("membership", "fac:overlord"), ("membership", "nofacility")));
        Assert.Empty(oddRoles.Memberships);
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), authenticationType: "Bearer"));
}
