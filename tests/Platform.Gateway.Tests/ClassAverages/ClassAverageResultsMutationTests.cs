using System.Text.Json;
using Platform.Gateway.Tests.Authorization;
using Platform.Gateway.Tests.Schema;

namespace Platform.Gateway.Tests.ClassAverages;

/// <summary>
/// <c>submitClassAverages</c>: a results client's class averages are stored under its name beside the agent's, listed among the
/// session's sources; other callers, other facilities' sessions and invalid sets are refused and store nothing.
/// </summary>
public sealed class ClassAverageResultsMutationTests
{
    private const string Submit = """
        mutation ($s: ID!, $set: ClassAveragesResultInput!) { submitClassAverages(sessionId: $s, classAverages: $set) {
          classAverages { source iteration sourceIteration particleCount classes { number particleCount resolutionAngstrom imageUrl } }
          errors { code ... on NotFoundError { kind } ... on ValidationError { field } } } }
        """;

    private const string Read = """
        { facility(key: "lab-a") { session(key: "session-a") {
            classAverageSources
            relion: classAverages(source: "relion-a") { iteration sourceIteration particleCount classes { number resolutionAngstrom } } } } }
        """;

    private static readonly byte[] _png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static readonly string _sessionA = PlatformSchemaHarness.GlobalId("Session", "session-a");

    [Fact]
    public async Task A_results_clients_class_averages_appear_under_its_name_beside_the_agents_and_a_resend_changes_nothing()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await harness.DataAsAsync(TestCallers.Agent("agent-scope-a", "lab-a", "scope-a"), """
            mutation ($r: [AgentReportInput!]!) { submitAgentReports(microscopeId: "scope-a", reports: $r) { results { status } } }
            """, new { r = new[] { new { classAverages = AgentSet() } } });
        var relion = TestCallers.ResultsClient("results-1", "lab-a", "relion-a");

        var first = Payload(await harness.DataAsAsync(relion, Submit, new { s = _sessionA, set = Set("job012-it025", 25, 500, [(1, 300, 8.5), (2, 200, null)]) }));
        var resent = Payload(await harness.DataAsAsync(relion, Submit, new { s = _sessionA, set = Set("job012-it025", 25, 500, [(1, 300, 8.5), (2, 200, null)]) }));

        Assert.Equal(0, first.GetProperty("errors").GetArrayLength());
        var stored = first.GetProperty("classAverages");
        Assert.Equal(("relion-a", 1, 25.0), (stored.GetProperty("source").GetString(), stored.GetProperty("iteration").GetInt32(), stored.GetProperty("sourceIteration").GetDouble()));
        Assert.All(stored.GetProperty("classes").EnumerateArray(), c => Assert.Contains("classification2d/relion-a/1/class-", c.GetProperty("imageUrl").GetString(), StringComparison.Ordinal));
        Assert.Equal(1, resent.GetProperty("classAverages").GetProperty("iteration").GetInt32());
        var session = (await harness.DataAsync(Read)).GetProperty("facility").GetProperty("session");
        Assert.Equal(["agent", "relion-a"], session.GetProperty("classAverageSources").EnumerateArray().Select(s => s.GetString()));
        var read = session.GetProperty("relion");
        Assert.Equal((1, 500.0), (read.GetProperty("iteration").GetInt32(), read.GetProperty("particleCount").GetDouble()));
        Assert.Equal([8.5, null], read.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("resolutionAngstrom") is { ValueKind: JsonValueKind.Number } r ? r.GetDouble() : (double?)null));
    }

    [Fact]
    public async Task User_agent_and_anonymous_callers_are_refused_and_nothing_is_stored()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var set = Set("k1", null, 10, [(1, 10, 9.0)]);
        var callers = new[] { TestCallers.User("staff-a", "lab-a", "staff", "lab"), TestCallers.Agent("agent-scope-a", "lab-a", "scope-a"), TestCallers.PlatformAdmin, null };

        foreach (var caller in callers)
        {
            var response = await harness.RunAsAsync(caller, Submit, new { s = _sessionA, set });
            var error = response.GetProperty("errors")[0];
            Assert.Contains(error.GetProperty("extensions").GetProperty("code").GetString(), new[] { "FORBIDDEN", "UNAUTHENTICATED" });
            var data = response.GetProperty("data");
            Assert.True(data.ValueKind == JsonValueKind.Null || data.GetProperty("submitClassAverages").ValueKind == JsonValueKind.Null, "no payload for a refused caller");
        }

        await AssertNothingStoredAsync(harness);
    }

    [Fact]
    public async Task Another_facilitys_session_is_an_unknown_session_and_nothing_is_stored()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var labB = TestCallers.ResultsClient("results-b", "lab-b", "relion-a");

        var refused = Payload(await harness.DataAsAsync(labB, Submit, new { s = _sessionA, set = Set("k1", 1, 10, [(1, 10, 9.0)]) }));

        Assert.Equal(JsonValueKind.Null, refused.GetProperty("classAverages").ValueKind);
        Assert.Equal(("NOT_FOUND", "Session"), (refused.GetProperty("errors")[0].GetProperty("code").GetString(), refused.GetProperty("errors")[0].GetProperty("kind").GetString()));
        await AssertNothingStoredAsync(harness);
    }

    [Theory]
    [InlineData("not-png", "classAverages.classes[1].png")]
    [InlineData("too-large", "classAverages.classes[1].png")]
    [InlineData("not-base64", "classAverages.classes.0.pngBase64")]
    [InlineData("negative-particles", "classAverages.particleCount")]
    [InlineData("class-above-total", "classAverages.classes[1].particleCount")]
    [InlineData("zero-resolution", "classAverages.classes[1].resolutionAngstrom")]
    [InlineData("negative-iteration", "classAverages.sourceIteration")]
    [InlineData("zero-pixel-size", "classAverages.pixelSizeAngstrom")]
    [InlineData("no-classes", "classAverages.classes")]
    public async Task An_invalid_set_is_a_validation_error_naming_the_field_and_nothing_is_stored(string defect, string field)
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var set = Set("k1", 3, 10, [(1, 10, 9.0)]);
        var classes = (Dictionary<string, object?>[])set["classes"]!;
        switch (defect)
        {
            case "not-png": classes[0]["pngBase64"] = Convert.ToBase64String("GIF89a-not-a-png"u8.ToArray()); break;
            case "too-large": classes[0]["pngBase64"] = Convert.ToBase64String([.. _png, .. new byte[64 * 1024]]); break;
            case "not-base64": classes[0]["pngBase64"] = "%%% not base64"; break;
            case "negative-particles": set["particleCount"] = -1; break;
            case "class-above-total": classes[0]["particleCount"] = 11; break;
            case "zero-resolution": classes[0]["resolutionAngstrom"] = 0.0; break;
            case "negative-iteration": set["iteration"] = -2; break;
            case "zero-pixel-size": set["pixelSizeAngstrom"] = 0.0; break;
            case "no-classes": set["classes"] = Array.Empty<object>(); break;
        }

        var refused = Payload(await harness.DataAsAsync(TestCallers.ResultsClient("results-1", "lab-a", "relion-a"), Submit, new { s = _sessionA, set }));

        Assert.Equal(JsonValueKind.Null, refused.GetProperty("classAverages").ValueKind);
        Assert.Contains(field, refused.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        await AssertNothingStoredAsync(harness);
    }

    private static JsonElement Payload(JsonElement data) => data.GetProperty("submitClassAverages");

    private static async Task AssertNothingStoredAsync(PlatformSchemaHarness harness)
    {
        var session = (await harness.DataAsync(Read)).GetProperty("facility").GetProperty("session");
        Assert.Equal(0, session.GetProperty("classAverageSources").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, session.GetProperty("relion").ValueKind);
    }

    private static Dictionary<string, object?> Set(string key, int? iteration, int particles, (int Number, int Particles, double? Resolution)[] classes) => new()
    {
        ["idempotencyKey"] = key,
        ["iteration"] = iteration,
        ["particleCount"] = particles,
        ["pixelSizeAngstrom"] = 2.1,
        ["boxPixels"] = 128,
        ["classes"] = classes.Select(c => new Dictionary<string, object?>
        {
            ["number"] = c.Number, ["particleCount"] = c.Particles, ["resolutionAngstrom"] = c.Resolution, ["pngBase64"] = Convert.ToBase64String(_png),
        }).ToArray(),
    };

    private static Dictionary<string, object?> AgentSet() => new()
    {
        ["idempotencyKey"] = "agent-ca-1", ["sessionId"] = "session-a", ["occurredAt"] = "2026-03-02T10:00:00Z",
        ["particleCount"] = 40, ["pixelSizeAngstrom"] = 3.3, ["boxPixels"] = 64,
        ["classes"] = new[] { new Dictionary<string, object?> { ["number"] = 1, ["particleCount"] = 40, ["resolutionAngstrom"] = null, ["pngBase64"] = Convert.ToBase64String(_png) } },
    };
}
