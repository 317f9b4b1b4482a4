using System.Net.Http.Headers;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Identity.Tests;

/// <summary>
/// Against the real Silo executable: the demo's admin and agent get tokens; the admin command creates the first
/// platform admin on SQLite and PostgreSQL; the signing key survives a killed process.
/// </summary>
public sealed class SiloIdentityTests(PostgresCluster postgres)
{
    private const string AgentSecret = "demo-agent-secret-for-tests-0123456789abc";

    [Fact]
    public async Task The_demo_prints_curl_lines_and_its_admin_and_agent_get_verifiable_tokens()
    {
        await using var silo = await SiloProcess.StartAsync("--Platform:DemoAdminPassword=demo admin passphrase", $"--Platform:DemoAgentSecret={AgentSecret}");
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };

        var admin = await TokenAsync(http, ("grant_type", "password"), ("username", "admin@demo.local"), ("password", "demo admin passphrase"));
        var claims = Jwt.Payload(admin);
        Assert.Equal("demo:facilityAdmin", (string?)claims["membership"]);
        Assert.Equal("demo-lab", (string?)claims["group"]);
        Assert.Equal(silo.BaseAddress.ToString().TrimEnd('/'), (string?)claims["iss"]);
        var agent = Jwt.Payload(await TokenAsync(http, ("grant_type", "client_credentials"), ("client_id", "demo-krios-agent"), ("client_secret", AgentSecret)));
        Assert.Equal("demo-krios", (string?)agent["microscope_id"]);

        Assert.Contains(silo.Log, l => l.Contains("curl -s -X POST", StringComparison.Ordinal) && l.Contains("grant_type=password", StringComparison.Ordinal));
        Assert.Contains(silo.Log, l => l.Contains("grant_type=client_credentials", StringComparison.Ordinal) && l.Contains(AgentSecret, StringComparison.Ordinal));
        var discovery = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration", TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal((string?)claims["iss"], discovery.GetProperty("issuer").GetString());
        Assert.EndsWith("/.well-known/jwks.json", discovery.GetProperty("jwks_uri").GetString());
        Assert.Equal(200, await UserInfoStatusAsync(http, admin));
        Assert.Equal(401, await UserInfoStatusAsync(http, Jwt.WithPayload(admin, p => p["membership"] = "other:facilityAdmin")));
    }

    [Fact]
    public async Task The_admin_command_creates_a_platform_admin_on_sqlite_and_tokens_survive_a_killed_node()
    {
        var folder = Directory.CreateTempSubdirectory("platform-admin-cli-").FullName;
        try
        {
            string[] storage = [$"--Platform:SqlitePath={Path.Combine(folder, "platform.db")}", "--Platform:Identity:Issuer=https://platform.test"];
            var (exit, output) = await SiloAdminCommand.RunAsync(["create-platform-admin", "--email", "root@platform.test", "--password", "root passphrase 1", .. storage]);
            Assert.True(exit == 0, output);
            Assert.Contains("Created platform admin root@platform.test", output);

            string token;
            await using (var first = await SiloProcess.StartAsync(storage))
            {
                using var http = new HttpClient { BaseAddress = first.BaseAddress };
                token = await TokenAsync(http, ("grant_type", "password"), ("username", "root@platform.test"), ("password", "root passphrase 1"));
                Assert.Equal("true", (string?)Jwt.Payload(token)["platform_admin"]);
            }

            // Disposing kills the process (no graceful shutdown); a new node on the same database trusts the token.
            await using var second = await SiloProcess.StartAsync(storage);
            using var again = new HttpClient { BaseAddress = second.BaseAddress };
            Assert.Equal(200, await UserInfoStatusAsync(again, token));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_admin_command_works_on_postgres_and_refuses_bad_input_with_a_reason()
    {
        var database = await postgres.CreateSchemaAsync();
        string[] storage = ["--Platform:Storage=postgres", $"--Platform:PostgresConnectionString={database}"];

        var (weak, weakOutput) = await SiloAdminCommand.RunAsync(["create-platform-admin", "--email", "root@platform.test", "--password", "short", .. storage]);
        Assert.Equal(1, weak);
        Assert.Contains("password", weakOutput, StringComparison.OrdinalIgnoreCase);
        var (usage, usageOutput) = await SiloAdminCommand.RunAsync(["create-platform-admin", "--email", "root@platform.test", .. storage]);
        Assert.Equal(2, usage);
        Assert.Contains("usage:", usageOutput);

        var (created, createdOutput) = await SiloAdminCommand.RunAsync(["create-platform-admin", "--email", "root@platform.test", "--password", "root passphrase 1", .. storage]);
        Assert.True(created == 0, createdOutput);
        var (again, againOutput) = await SiloAdminCommand.RunAsync(["create-platform-admin", "--email", "root@platform.test", "--password", "ignored passphrase", .. storage]);
        Assert.True(again == 0, againOutput);
        Assert.Contains("already existed", againOutput);

        await using var silo = await SiloProcess.StartAsync(storage);
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        var token = await TokenAsync(http, ("grant_type", "password"), ("username", "root@platform.test"), ("password", "root passphrase 1"));
        Assert.Equal("true", (string?)Jwt.Payload(token)["platform_admin"]);
    }

    private static async Task<string> TokenAsync(HttpClient http, params (string Key, string Value)[] form)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Key, f.Value))), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"token request failed: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task<int> UserInfoStatusAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return (int)response.StatusCode;
    }
}
