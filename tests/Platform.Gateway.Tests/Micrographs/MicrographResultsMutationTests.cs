using System.Security.Claims;
using System.Text.Json;
using Platform.Gateway.Tests.Schema;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;

namespace Platform.Gateway.Tests.Micrographs;

/// <summary>submitMicrographResults scoped by the results client's facility: another facility's session looks unknown.</summary>
public sealed class MicrographResultsMutationTests
{
    private const string Submit = """
        mutation ($s: ID!) { submitMicrographResults(sessionId: $s, results: [{ name: "m1", defocusUAngstrom: 12000 }]) {
          micrographs { key source } errors { code ... on NotFoundError { kind } } } }
        """;

    [Fact]
    public async Task A_results_client_of_one_facility_sees_another_facilitys_session_as_unknown_and_records_only_in_its_own()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var labB = Client("lab-b", "relion-b");

        var foreign = await RunAsync(harness, labB, PlatformSchemaHarness.GlobalId("Session", "session-a"));
        var own = await RunAsync(harness, labB, PlatformSchemaHarness.GlobalId("Session", "session-b"));

        var refused = foreign.GetProperty("data").GetProperty("submitMicrographResults");
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("micrographs").ValueKind);
        Assert.Equal("Session", refused.GetProperty("errors")[0].GetProperty("kind").GetString());
        var recorded = own.GetProperty("data").GetProperty("submitMicrographResults").GetProperty("micrographs")[0];
        Assert.Equal(("session-b/relion-b/m1", "relion-b"), (recorded.GetProperty("key").GetString(), recorded.GetProperty("source").GetString()));
        var sessionA = await harness.DataAsync("""{ facility(key: "lab-a") { session(key: "session-a") { micrographs(first: 5) { totalCount } } } }""");
        Assert.Equal(0, sessionA.GetProperty("facility").GetProperty("session").GetProperty("micrographs").GetProperty("totalCount").GetInt32());
    }

    /// <summary>The principal the bearer handler builds from a results client's token.</summary>
    private static ClaimsPrincipal Client(string facilityId, string name) =>
        new(new ClaimsIdentity([new("sub", "results-x"), new("kind", "results"), new("facility_id", facilityId), new("name", name)], "Bearer", "name", "role"));

    private static async Task<JsonElement> RunAsync(PlatformSchemaHarness harness, ClaimsPrincipal user, string sessionId)
    {
        var request = new GraphQLRequest { Query = Submit, Variables = JsonInput.ToMap(JsonSerializer.SerializeToElement(new { s = sessionId })) };
        var result = await harness.Engine.ExecuteAsync(request, new RequestOptions { Services = harness.Silo.Services, User = user }, TestContext.Current.CancellationToken);
        return JsonDocument.Parse(ResultWriter.ToUtf8(result)).RootElement.Clone();
    }
}
