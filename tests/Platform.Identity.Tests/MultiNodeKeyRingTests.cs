using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Identity;
using Platform.Identity.Tokens;
using Platform.Testing;

namespace Platform.Identity.Tests;

/// <summary>Two Silo nodes on one PostgreSQL database share one signing key ring: each trusts the other's tokens, also after a rotation.</summary>
public sealed class MultiNodeKeyRingTests(PostgresCluster postgres)
{
    [Fact]
    public async Task A_token_issued_by_one_node_is_accepted_by_another_also_after_a_rotation_there()
    {
        var database = await postgres.CreateSchemaAsync();
        await using var a = await IdentityHost.StartPostgresAsync(postgres, connectionString: database, nodeId: "node-a");
        await using var b = await IdentityHost.StartPostgresAsync(postgres, connectionString: database, nodeId: "node-b");
        await a.CreateUserAsync("ops@lab.test", (IdentityHost.FacilityId, FacilityRole.Staff));

        var fromA = await a.AccessTokenAsync("ops@lab.test");
        Assert.Equal(200, (await b.SendAsync(HttpMethod.Get, "/connect/userinfo", fromA)).Status);

        // Node A rotates; node B has never seen the new key id and must fetch it on first sight.
        await a.SendAsync(HttpMethod.Get, "/.well-known/jwks.json", null);
        await b.SendAsync(HttpMethod.Get, "/.well-known/jwks.json", null);
        await a.Services.GetRequiredService<SigningKeys>().RotateNowAsync(CancellationToken.None);
        var rotated = await a.AccessTokenAsync("ops@lab.test");
        Assert.NotEqual((string?)Jwt.Header(fromA)["kid"], (string?)Jwt.Header(rotated)["kid"]);

        // B's key-ring activation learns of A's write by LISTEN/NOTIFY; B re-fetches an unknown key id at most every 10 s.
        var accepted = false;
        for (var attempt = 0; attempt < 50 && !accepted; attempt++)
        {
            b.Clock.Advance(TimeSpan.FromSeconds(11));
            accepted = (await b.SendAsync(HttpMethod.Get, "/connect/userinfo", rotated)).Status == 200;
            if (!accepted)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
            }
        }

        Assert.True(accepted, "node B never accepted the token signed with node A's new key");
        Assert.Equal(200, (await b.SendAsync(HttpMethod.Get, "/connect/userinfo", fromA)).Status);
    }
}
