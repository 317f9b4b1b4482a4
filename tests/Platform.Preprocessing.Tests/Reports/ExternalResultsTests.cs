using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.AgentLink.Tests.Support;
using Platform.GraphQL.Relay;
using Platform.Identity.Tests;
using Platform.Preprocessing.Tests.Tracks;
using Platform.Testing;

namespace Platform.Preprocessing.Tests.Reports;

/// <summary>
/// The external results API against the real Silo: staff register a results client, the client posts micrograph results
/// with its client_credentials token and they appear beside the agent's under its name; other callers change nothing.
/// </summary>
public sealed class ExternalResultsTests
{
    private const string AdminPassword = DemoSilo.AdminPassword;

    private const string Submit = """
        mutation ($s: ID!, $results: [MicrographResultInput!]!) {
          submitMicrographResults(sessionId: $s, results: $results) {
            micrographs { key source name defocusUAngstrom ctfFitResolutionAngstrom particleCount }
            errors { code message ... on ValidationError { field } ... on NotFoundError { kind } }
          }
        }
        """;

    private static readonly string _session = GlobalId.Encode("Session", PlatformClient.DemoSession);

    [Fact]
    public async Task A_registered_results_client_posts_results_that_appear_beside_the_agents_under_its_name()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        var client = await RegisterAsync(http, await AdminTokenAsync(http), "relion");
        var token = await TokenAsync(http, ("grant_type", "client_credentials"), ("client_id", client.Id), ("client_secret", client.Secret));
        Assert.Equal("results", (string?)Jwt.Payload(token)["kind"]);

        var answer = await GraphQLAsync(http, token, Submit, new
        {
            s = _session,
            results = new object[]
            {
                new { name = "m1", defocusUAngstrom = 15_500.0, defocusVAngstrom = 15_000.0, ctfFitResolutionAngstrom = 3.1, particleCount = 210 },
                new { name = "m2", defocusUAngstrom = 21_000.0, defocusVAngstrom = 20_000.0 },
            },
        });

        Assert.False(answer.TryGetProperty("errors", out var failed), failed.ToString());
        var payload = answer.GetProperty("data").GetProperty("submitMicrographResults");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(["demo-session/relion/m1", "demo-session/relion/m2"], payload.GetProperty("micrographs").EnumerateArray().Select(m => m.GetProperty("key").GetString()));
        using var platform = new PlatformClient(silo.BaseAddress);
        using var agent = new PlatformClient(silo.BaseAddress, asAgent: true);
        await agent.DataAsync("""
            mutation ($m: ID!, $r: [AgentReportInput!]!) { submitAgentReports(microscopeId: $m, reports: $r) { results { status } } }
            """, new { m = PlatformClient.DemoMicroscope, r = new[] { new { micrograph = new { idempotencyKey = "agent-m1", sessionId = PlatformClient.DemoSession, occurredAt = "2026-11-21T10:00:00Z", result = new { name = "m1", defocusUAngstrom = 15_400.0 } } } } });
        var nodes = (await platform.DataAsync(PreprocessingToPlatformTests.MicrographsQuery)).GetProperty("facility").GetProperty("session").GetProperty("micrographs")
            .GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(["agent", "relion", "relion"], nodes.Select(n => n.GetProperty("source").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(210, nodes.Single(n => n.GetProperty("key").GetString() == "demo-session/relion/m1").GetProperty("particleCount").GetInt32());
        Assert.Equal(0, await silo.StopAsync());
    }

    [Fact]
    public async Task User_tokens_tampered_tokens_unknown_sessions_and_malformed_values_are_refused_and_record_nothing()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        var admin = await AdminTokenAsync(http);
        var client = await RegisterAsync(http, admin, "cryosparc");
        var token = await TokenAsync(http, ("grant_type", "client_credentials"), ("client_id", client.Id), ("client_secret", client.Secret));
        var one = new object[] { new { name = "m1", defocusUAngstrom = 15_000.0 } };

        var asUser = await GraphQLAsync(http, admin, Submit, new { s = _session, results = one });
        var tampered = await GraphQLAsync(http, Jwt.WithPayload(token, p => p["name"] = "agent"), Submit, new { s = _session, results = one });
        var anonymous = await GraphQLAsync(http, null, Submit, new { s = _session, results = one });
        var unknown = await GraphQLAsync(http, token, Submit, new { s = GlobalId.Encode("Session", "no-such-session"), results = one });
        var malformed = await GraphQLAsync(http, token, Submit, new
        {
            s = _session,
            results = new object[]
            {
                new { name = "fine", defocusUAngstrom = 15_000.0 },
                new { name = "bad/name" },
                new { name = "m3", frames = 0, fileSha256 = "nope", defocusVAngstrom = -1.0 },
                new { name = "fine" },
            },
        });

        // A token that fails validation leaves the request anonymous: refused like no token at all.
        static string Code(JsonElement answer) => answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;
        Assert.Equal("FORBIDDEN", Code(asUser));
        Assert.Equal("UNAUTHENTICATED", Code(anonymous));
        // A tampered token fails authentication before any field runs (HTTP 401, as every invalid token does).
        Assert.Contains("access token is invalid", tampered.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(unknown.TryGetProperty("errors", out var failed), failed.ToString());
        var notFound = unknown.GetProperty("data").GetProperty("submitMicrographResults").GetProperty("errors")[0];
        Assert.Equal(("NOT_FOUND", "Session"), (notFound.GetProperty("code").GetString(), notFound.GetProperty("kind").GetString()));
        var errors = malformed.GetProperty("data").GetProperty("submitMicrographResults").GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["results.1.name", "results.2.frames", "results.2.fileSha256", "results.2.defocusVAngstrom", "results"], errors.Select(e => e.GetProperty("field").GetString()));
        using var platform = new PlatformClient(silo.BaseAddress);
        var count = (await platform.DataAsync(PreprocessingToPlatformTests.MicrographsQuery)).GetProperty("facility").GetProperty("session").GetProperty("micrographs").GetProperty("totalCount").GetInt32();
        Assert.Equal(0, count);

        using var denied = await PostJsonAsync(http, await UserTokenAsync(http, admin), "/admin/facilities/demo/results-clients", new { name = "script" });
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(0, await silo.StopAsync());
    }

    private static Task<string> AdminTokenAsync(HttpClient http) =>
        TokenAsync(http, ("grant_type", "password"), ("username", "admin@demo.local"), ("password", AdminPassword));

    /// <summary>A plain member (role user) of the demo facility, created by the demo admin.</summary>
    private static async Task<string> UserTokenAsync(HttpClient http, string admin)
    {
        using var created = await PostJsonAsync(http, admin, "/admin/facilities/demo/users", new { email = "ana@lab.test", displayName = "Ana", role = "user", password = "ana's long passphrase 1" });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return await TokenAsync(http, ("grant_type", "password"), ("username", "ana@lab.test"), ("password", "ana's long passphrase 1"));
    }

    private static async Task<(string Id, string Secret)> RegisterAsync(HttpClient http, string admin, string name)
    {
        using var response = await PostJsonAsync(http, admin, "/admin/facilities/demo/results-clients", new { name });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return (body.GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);
    }

    private static async Task<HttpResponseMessage> PostJsonAsync(HttpClient http, string token, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<JsonElement> GraphQLAsync(HttpClient http, string? token, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    private static async Task<string> TokenAsync(HttpClient http, params (string Key, string Value)[] form)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Key, f.Value))), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"token request failed: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }
}
