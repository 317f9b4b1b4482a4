using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Gateway.Tests;

/// <summary>The Silo executable as a user meets it: demo data, GraphQL over HTTP for the signed-in demo admin, health, graceful stop on SIGTERM.</summary>
public sealed class SiloHostTests
{
    [Fact]
    public async Task The_demo_Silo_answers_GraphQL_and_health_and_stops_gracefully_on_SIGTERM()
    {
        await using var silo = await SiloProcess.StartAsync("--Platform:DemoAdminPassword=silo host tests admin");
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        var ct = TestContext.Current.CancellationToken;
        const string Query = """{ __typename facility(key: "demo") { id name retentionDays } unknown: facility(key: "nope") { id } }""";

        using var anonymous = await http.PostAsJsonAsync("/graphql", new { query = Query }, ct);
        using (var refused = JsonDocument.Parse(await anonymous.Content.ReadAsStringAsync(ct)))
        {
            Assert.Equal("UNAUTHENTICATED", refused.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        using var signIn = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = "admin@demo.local", ["password"] = "silo host tests admin",
        }), ct);
        using var token = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync(ct));
        http.DefaultRequestHeaders.Authorization = new("Bearer", token.RootElement.GetProperty("access_token").GetString());
        using var response = await http.PostAsJsonAsync("/graphql", new { query = Query }, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var data = body.RootElement.GetProperty("data");
        Assert.Equal("Query", data.GetProperty("__typename").GetString());
        Assert.Equal("Demo cryo-EM facility", data.GetProperty("facility").GetProperty("name").GetString());
        Assert.Equal(30, data.GetProperty("facility").GetProperty("retentionDays").GetInt32());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("unknown").ValueKind);

        using var noBench = await http.PostAsync("/bench/static", new StringContent("{}"), ct);
        Assert.Equal(HttpStatusCode.NotFound, noBench.StatusCode);

        using var health = await http.GetAsync("/health", ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"healthy\"", await health.Content.ReadAsStringAsync(ct));

        Assert.Equal(0, await silo.StopAsync());
        Assert.Contains(silo.Log, l => l.Contains("Grain runtime stopped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bench_flag_maps_a_static_endpoint_that_answers_the_body_it_was_given()
    {
        await using var silo = await SiloProcess.StartAsync("--Platform:Bench:StaticEndpoint=true");
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        var ct = TestContext.Current.CancellationToken;
        const string Body = """{"data":{"facility":{"name":"static"}}}""";

        using var put = await http.PutAsync("/bench/static", new StringContent(Body), ct);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        using var empty = await http.PutAsync("/bench/static", new StringContent(""), ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        using var post = await http.PostAsync("/bench/static", new StringContent("""{"query":"{ __typename }"}"""), ct);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("application/json", post.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Body, await post.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task The_bench_floor_answers_the_benchmark_page_as_GraphQL_does_and_only_to_a_member_of_the_facility()
    {
        await using var silo = await SiloProcess.StartAsync("--Platform:Bench:StaticEndpoint=true", "--Platform:DemoAdminPassword=floor admin");
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        var ct = TestContext.Current.CancellationToken;

        using (var anonymous = await http.PostAsync("/bench/floor?facility=demo", new StringContent(""), ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var forged = new HttpRequestMessage(HttpMethod.Post, "/bench/floor?facility=demo"))
        {
            forged.Headers.Authorization = new("Bearer", "not.a.token");
            using var refused = await http.SendAsync(forged, ct);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using (var signIn = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["username"] = "admin@demo.local", ["password"] = "floor admin",
        }), ct))
        using (var token = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync(ct)))
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", token.RootElement.GetProperty("access_token").GetString());
        }

        using (var foreign = await http.PostAsync("/bench/floor?facility=another", new StringContent(""), ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        }

        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "bench", "gateway", "sessions-query.graphql"), ct);
        using var graphQL = await http.PostAsJsonAsync("/graphql", new { query, variables = new { facility = "demo", first = 50 } }, ct);
        using var expected = JsonDocument.Parse(await graphQL.Content.ReadAsStringAsync(ct));
        Assert.False(expected.RootElement.TryGetProperty("errors", out _), expected.RootElement.ToString());
        Assert.NotEqual(0, expected.RootElement.GetProperty("data").GetProperty("facility").GetProperty("sessions").GetProperty("edges").GetArrayLength());
        using var floor = await http.PostAsync("/bench/floor?facility=demo", new StringContent(""), ct);
        Assert.Equal(HttpStatusCode.OK, floor.StatusCode);
        using var actual = JsonDocument.Parse(await floor.Content.ReadAsStringAsync(ct));
        Assert.True(
            JsonElement.DeepEquals(expected.RootElement.GetProperty("data"), actual.RootElement.GetProperty("data")),
            actual.RootElement.ToString());
    }

    [Fact]
    public async Task A_malformed_GraphQL_request_gets_a_spec_shaped_error_not_a_500()
    {
        await using var silo = await SiloProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        var ct = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query": "{ facility(id: "}""", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await http.SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.True(body.RootElement.GetProperty("errors").GetArrayLength() > 0);
    }
}
