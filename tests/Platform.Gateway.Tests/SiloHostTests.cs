using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Testing;

namespace Platform.Gateway.Tests;

/// <summary>The Silo executable as a user meets it: demo data, GraphQL over HTTP, health, graceful stop on SIGTERM.</summary>
public sealed class SiloHostTests
{
    [Fact]
    public async Task The_demo_Silo_answers_GraphQL_and_health_and_stops_gracefully_on_SIGTERM()
    {
        await using var silo = await SiloProcess.StartAsync();
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        var ct = TestContext.Current.CancellationToken;

        using var response = await http.PostAsJsonAsync("/graphql", new { query = """{ __typename facility(id: "demo") { id name retentionDays } unknown: facility(id: "nope") { id } }""" }, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var data = body.RootElement.GetProperty("data");
        Assert.Equal("Query", data.GetProperty("__typename").GetString());
        Assert.Equal("Demo cryo-EM facility", data.GetProperty("facility").GetProperty("name").GetString());
        Assert.Equal(30, data.GetProperty("facility").GetProperty("retentionDays").GetInt32());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("unknown").ValueKind);

        using var health = await http.GetAsync("/health", ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"healthy\"", await health.Content.ReadAsStringAsync(ct));

        Assert.Equal(0, await silo.StopAsync());
        Assert.Contains(silo.Log, l => l.Contains("Grain runtime stopped", StringComparison.Ordinal));
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
