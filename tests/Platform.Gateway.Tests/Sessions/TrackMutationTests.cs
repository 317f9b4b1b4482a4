using Platform.Gateway.Tests.Authorization;
using System.Text.Json;
using Platform.Gateway.Tests.Schema;

namespace Platform.Gateway.Tests.Sessions;

/// <summary>Track controls, the agent's track status and log reports, and what <c>Session.tracks</c> shows of them, through GraphQL.</summary>
public sealed class TrackMutationTests
{
    private const string Control = """
        mutation ($id: ID!, $track: TrackKind!) { FIELD(input: { sessionId: $id, track: $track }) {
          session { tracks { kind state message } } errors { __typename code message } } }
        """;

    private const string Submit = """
        mutation ($m: ID!, $reports: [AgentReportInput!]!) { submitAgentReports(microscopeId: $m, reports: $reports) { results { status code message } } }
        """;

    [Fact]
    public async Task Start_stop_and_clear_move_a_track_and_a_clear_while_it_runs_is_an_InvalidStateError()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var id = PlatformSchemaHarness.GlobalId("Session", "session-a");
        async Task<JsonElement> Run(string field, string track = "TRANSFER") =>
            (await harness.DataAsync(Control.Replace("FIELD", field, StringComparison.Ordinal), new { id, track })).GetProperty(field);
        static string StateOf(JsonElement payload, string track) =>
            payload.GetProperty("session").GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == track).GetProperty("state").GetString()!;

        Assert.Equal("STARTING", StateOf(await Run("startTrack"), "TRANSFER"));
        var running = await Run("clearTrack");
        var error = Assert.Single(running.GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidStateError", error.GetProperty("__typename").GetString());
        Assert.Contains("stop the track first", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, running.GetProperty("session").ValueKind);

        Assert.Equal("STOPPING", StateOf(await Run("stopTrack"), "TRANSFER"));
        Assert.Equal("InvalidStateError", (await Run("stopTrack")).GetProperty("errors")[0].GetProperty("__typename").GetString());
        var restartTransfer = await Run("restartTrack");
        Assert.Equal("ValidationError", restartTransfer.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("STARTING", StateOf(await Run("restartTrack", "CLASSIFICATION_2D"), "CLASSIFICATION_2D"));
    }

    [Fact]
    public async Task A_track_status_report_shows_as_the_tracks_progress_and_its_log_lines_as_its_logs()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var id = PlatformSchemaHarness.GlobalId("Session", "session-a");
        object Report(string key, string at, object fields) =>
            new Dictionary<string, object> { ["idempotencyKey"] = key, ["sessionId"] = "session-a", ["occurredAt"] = at }
                .Concat(JsonSerializer.SerializeToElement(fields).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value))
                .ToDictionary(p => p.Key, p => p.Value);
        object[] reports =
        [
            new { trackStatus = Report("t1", "2026-03-02T09:00:05Z", new { track = "TRANSFER", state = "RUNNING", message = "sending", progress = new { itemsDone = 4, itemsPending = 2, itemsFailed = 1, bytesDone = 4.5e9, itemsPerHour = 310.5, bytesPerSecond = 2.0e8 } }) },
            new { trackStatus = Report("t0", "2026-03-02T09:00:01Z", new { track = "TRANSFER", state = "WAITING", progress = new { itemsDone = 1, itemsPending = 0, itemsFailed = 0, bytesDone = 1.0 } }) },
            new { trackStatus = Report("bad", "2026-03-02T09:00:09Z", new { track = "TRANSFER", state = "RUNNING", progress = new { itemsDone = -1, itemsPending = 0, itemsFailed = 0, bytesDone = 1.0 } }) },
            new { log = Report("l1", "2026-03-02T09:00:02Z", new { panel = "TRANSFER", message = "Sent 'frames/a.tif'" }) },
            new { log = Report("l2", "2026-03-02T09:00:03Z", new { panel = "TRANSFER", message = "Sent 'frames/b.tif'" }) },
            new { log = Report("l3", "2026-03-02T09:00:04Z", new { panel = "CLASSIFICATION_2D", message = "not available" }) },
        ];

        var results = (await harness.DataAsAsync(TestCallers.Agent("agent-a", "lab-a", "scope-a"), Submit, new { m = "scope-a", reports })).GetProperty("submitAgentReports").GetProperty("results");

        Assert.Equal(["APPLIED", "APPLIED", "REJECTED", "APPLIED", "APPLIED", "APPLIED"], results.EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("MALFORMED_REPORT", results[2].GetProperty("code").GetString());
        var tracks = (await harness.DataAsync("""
            query ($id: ID!) { node(id: $id) { ... on Session { tracks { kind state message updatedAt
              progress { itemsDone itemsPending itemsFailed bytesDone itemsPerHour bytesPerSecond } logs(last: 1) { message } } } } }
            """, new { id })).GetProperty("node").GetProperty("tracks");
        var transfer = tracks[0];
        Assert.Equal("RUNNING", transfer.GetProperty("state").GetString());
        Assert.Equal("sending", transfer.GetProperty("message").GetString());
        Assert.Equal("2026-03-02T09:00:05.000Z", transfer.GetProperty("updatedAt").GetString());
        var progress = transfer.GetProperty("progress");
        Assert.Equal(4, progress.GetProperty("itemsDone").GetInt32());
        Assert.Equal(2, progress.GetProperty("itemsPending").GetInt32());
        Assert.Equal(1, progress.GetProperty("itemsFailed").GetInt32());
        Assert.Equal(4.5e9, progress.GetProperty("bytesDone").GetDouble());
        Assert.Equal(2.0e8, progress.GetProperty("bytesPerSecond").GetDouble());
        Assert.Equal(["Sent 'frames/b.tif'"], transfer.GetProperty("logs").EnumerateArray().Select(l => l.GetProperty("message").GetString()));
        Assert.Equal(["not available"], tracks[2].GetProperty("logs").EnumerateArray().Select(l => l.GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.Null, tracks[1].GetProperty("progress").GetProperty("bytesPerSecond").ValueKind);

        var tooMany = await harness.RunAsync("""query ($id: ID!) { node(id: $id) { ... on Session { tracks { logs(last: 500) { message } } } } }""", new { id });
        Assert.Equal("BAD_USER_INPUT", tooMany.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
