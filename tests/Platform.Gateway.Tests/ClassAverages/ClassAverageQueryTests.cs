using Platform.Gateway.Tests.Authorization;
using System.Text.Json;
using Platform.Gateway.Tests.Schema;

namespace Platform.Gateway.Tests.ClassAverages;

/// <summary>Class averages through GraphQL: the agent's report stores a set, <c>Session.classAverages</c> shows the latest with image links.</summary>
public sealed class ClassAverageQueryTests
{
    private const string Submit = """
        mutation ($scope: ID!, $reports: [AgentReportInput!]!) {
          submitAgentReports(microscopeId: $scope, reports: $reports) { results { idempotencyKey status code message } }
        }
        """;

    private const string Read = """
        { facility(key: "lab-a") { session(key: "session-a") {
            classAverages { source iteration particleCount boxPixels pixelSizeAngstrom classes { number particleCount resolutionAngstrom imageUrl } }
            other: classAverages(source: "relion") { iteration } } } }
        """;

    private static readonly string _png = Convert.ToBase64String([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 7, 7]);

    [Fact]
    public async Task The_agents_class_averages_report_becomes_the_sessions_latest_set_with_image_links()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var first = await SubmitAsync(harness, "scope-a", Report("ca-1", 100, [(1, 70, 14.5), (2, 30, null)]));
        var second = await SubmitAsync(harness, "scope-a", Report("ca-2", 250, [(1, 150, 9.5), (2, 100, 12.0)]));
        var resent = await SubmitAsync(harness, "scope-a", Report("ca-2", 250, [(1, 150, 9.5), (2, 100, 12.0)]));

        Assert.Equal(["APPLIED", "APPLIED", "DUPLICATE"], new[] { first, second, resent }.Select(r => r.GetProperty("status").GetString()));
        var session = (await harness.DataAsync(Read)).GetProperty("facility").GetProperty("session");
        var set = session.GetProperty("classAverages");
        Assert.Equal((2, 250.0, 64), (set.GetProperty("iteration").GetInt32(), set.GetProperty("particleCount").GetDouble(), set.GetProperty("boxPixels").GetInt32()));
        Assert.Equal("agent", set.GetProperty("source").GetString());
        var classes = set.GetProperty("classes").EnumerateArray().ToList();
        Assert.Equal([150.0, 100.0], classes.Select(c => c.GetProperty("particleCount").GetDouble()));
        Assert.Equal(9.5, classes[0].GetProperty("resolutionAngstrom").GetDouble());
        Assert.All(classes, c => Assert.Contains("classification2d/agent/2/class-", c.GetProperty("imageUrl").GetString(), StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, session.GetProperty("other").ValueKind);
    }

    [Fact]
    public async Task Reports_for_another_microscopes_session_or_with_bad_images_are_rejected_and_change_nothing()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var foreign = await SubmitAsync(harness, "scope-b", Report("ca-1", 100, [(1, 100, 10.0)]));
        var notPng = Report("ca-2", 100, [(1, 100, 10.0)]);
        ((Dictionary<string, object?>)((object[])((Dictionary<string, object?>)notPng["classAverages"]!)["classes"]!)[0])["pngBase64"] = Convert.ToBase64String("GIF89a"u8.ToArray());
        var badImage = await SubmitAsync(harness, "scope-a", notPng);
        var garbage = Report("ca-3", 100, [(1, 100, 10.0)]);
        ((Dictionary<string, object?>)((object[])((Dictionary<string, object?>)garbage["classAverages"]!)["classes"]!)[0])["pngBase64"] = "%%%";
        var notBase64 = await SubmitAsync(harness, "scope-a", garbage);

        Assert.Equal(("REJECTED", "UNKNOWN_SESSION"), (foreign.GetProperty("status").GetString(), foreign.GetProperty("code").GetString()));
        Assert.Equal(("REJECTED", "INVALID_INPUT"), (badImage.GetProperty("status").GetString(), badImage.GetProperty("code").GetString()));
        Assert.Contains("classes[1].png", badImage.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(("REJECTED", "MALFORMED_REPORT"), (notBase64.GetProperty("status").GetString(), notBase64.GetProperty("code").GetString()));
        var session = (await harness.DataAsync(Read)).GetProperty("facility").GetProperty("session");
        Assert.Equal(JsonValueKind.Null, session.GetProperty("classAverages").ValueKind);
    }

    private static async Task<JsonElement> SubmitAsync(PlatformSchemaHarness harness, string scope, Dictionary<string, object?> report) =>
        (await harness.DataAsAsync(TestCallers.Agent("agent-" + scope, "lab-a", scope), Submit, new { scope, reports = new[] { report } })).GetProperty("submitAgentReports").GetProperty("results")[0];

    private static Dictionary<string, object?> Report(string key, int particles, (int Number, int Particles, double? Resolution)[] classes) => new()
    {
        ["classAverages"] = new Dictionary<string, object?>
        {
            ["idempotencyKey"] = key,
            ["sessionId"] = "session-a",
            ["occurredAt"] = "2026-03-02T10:00:00Z",
            ["particleCount"] = particles,
            ["pixelSizeAngstrom"] = 3.3,
            ["boxPixels"] = 64,
            ["classes"] = classes.Select(c => (object)new Dictionary<string, object?>
            {
                ["number"] = c.Number, ["particleCount"] = c.Particles, ["resolutionAngstrom"] = c.Resolution, ["pngBase64"] = _png,
            }).ToArray(),
        },
    };
}
