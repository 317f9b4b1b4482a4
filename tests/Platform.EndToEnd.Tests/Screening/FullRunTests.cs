using System.Text.Json;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Screening;

/// <summary>Issue 5's "done when": a two-grid screening session from a GraphQL start to completion on the simulator.</summary>
public sealed class FullRunTests
{
    private const string Start = """
        mutation ($id: ID!) { startSession(input: { sessionId: $id }) { session { state } errors { __typename code message } } }
        """;

    [Fact]
    public async Task A_session_started_over_GraphQL_screens_both_grids_and_the_platform_records_targets_images_logs_and_final_states()
    {
        await using var stack = await ScreeningStack.StartAsync(speed: 1000);
        var id = ScreeningStack.DemoSessionId;
        await using var events = new SessionEventRecorder(stack.GraphQL, id);

        var started = (await stack.GraphQL.DataAsync(Start, new { id })).GetProperty("startSession");
        Assert.Empty(started.GetProperty("errors").EnumerateArray());
        await WaitForFinalStateAsync(stack, events, "COMPLETED");

        var session = (await stack.GraphQL.DataAsync("""
            query ($id: ID!) { node(id: $id) { ... on Session { state grids { position state }
              microscope { runLock { sessionId } } } } }
            """, new { id })).GetProperty("node");
        Assert.Equal("COMPLETED", session.GetProperty("state").GetString());
        Assert.Equal(["1:COMPLETED", "2:COMPLETED"], session.GetProperty("grids").EnumerateArray().Select(g => $"{g.GetProperty("position").GetInt32()}:{g.GetProperty("state").GetString()}"));
        Assert.Equal(JsonValueKind.Null, session.GetProperty("microscope").GetProperty("runLock").ValueKind);

        foreach (var position in new[] { 1, 2 })
        {
            var targets = await TargetsAsync(stack, ScreeningStack.DemoSessionId, position);
            var squares = targets.Where(t => t.GetProperty("level").GetString() == "SQUARE").ToList();
            var holes = targets.Where(t => t.GetProperty("level").GetString() == "HOLE").ToList();
            Assert.NotEmpty(squares);
            Assert.NotEmpty(holes);
            var dump = string.Join('\n', targets.Select(t => t.GetRawText()));
            Assert.True(holes.Any(h => h.GetProperty("state").GetString() is "ACQUIRED" or "PROCESSED" or "COMPLETED" && h.GetProperty("acquisitionCount").GetInt32() > 0), dump);
            Assert.DoesNotContain(targets, t => t.GetProperty("state").GetString() == "STARTED");
            Assert.All(holes.Where(h => h.GetProperty("acquisitionCount").GetInt32() > 0), h => Assert.Contains(squares, s => s.GetProperty("targetId").GetString() == h.GetProperty("parentTargetId").GetString()));

            var atlases = (await stack.GraphQL.DataAsync(
                "query ($id: ID!, $p: Int!) { gridAtlasImages(sessionId: $id, gridPosition: $p) { kind relativePath widthPixels heightPixels pixelSizeAngstrom } }",
                new { id = ScreeningStack.DemoSessionId, p = position })).GetProperty("gridAtlasImages").EnumerateArray().ToList();
            var atlas = Assert.Single(atlases);
            Assert.Equal("ATLAS", atlas.GetProperty("kind").GetString());
            Assert.True(atlas.GetProperty("widthPixels").GetInt32() > 0 && atlas.GetProperty("pixelSizeAngstrom").GetDouble() > 0, atlas.GetRawText());
        }

        foreach (var panel in new[] { "ACQUISITION", "QUEUE" })
        {
            var expected = events.Events.Where(e => e.GetProperty("kind").GetString() == "LOG" && e.GetProperty("panel").GetString() == panel)
                .Select(e => e.GetProperty("sequence").GetInt32()).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await ReplayLogAsync(stack, id, panel, expected.Count));
        }
    }

    /// <summary>Awaits the run's final state over the event stream (4 minutes at most) and asserts it is <paramref name="state"/>.</summary>
    internal static async Task WaitForFinalStateAsync(ScreeningStack stack, SessionEventRecorder events, string state)
    {
        JsonElement final;
        try
        {
            final = await events.WaitForAsync(
                "the end of the run",
                e => SessionEventRecorder.IsRunState(e, "COMPLETED") || SessionEventRecorder.IsRunState(e, "STOPPED") || SessionEventRecorder.IsRunState(e, "ERROR"),
                TimeSpan.FromMinutes(4));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message + "\n" + stack.Logs(), ex);
        }

        Assert.True(final.GetProperty("runState").GetString() == state, $"run ended {final.GetRawText()}\n{stack.Logs()}");
    }

    /// <summary>Every target of a grid (session given by its global id), through the <c>gridTargets</c> connection page by page.</summary>
    internal static async Task<List<JsonElement>> TargetsAsync(ScreeningStack stack, string sessionId, int position)
    {
        var all = new List<JsonElement>();
        string? after = null;
        while (true)
        {
            var page = (await stack.GraphQL.DataAsync("""
                query ($id: ID!, $p: Int!, $after: String) { gridTargets(sessionId: $id, gridPosition: $p, first: 100, after: $after) {
                  nodes { targetId parentTargetId level state acquisitionCount stageXMicrons stageYMicrons addedByUser } pageInfo { hasNextPage endCursor } } }
                """, new { id = sessionId, p = position, after })).GetProperty("gridTargets");
            all.AddRange(page.GetProperty("nodes").EnumerateArray());
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                return all;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
    }

    private static async Task<List<int>> ReplayLogAsync(ScreeningStack stack, string sessionId, string panel, int count)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var sequences = new List<int>();
        await foreach (var data in stack.GraphQL.SubscribeAsync(
            "subscription ($id: ID!, $panel: LogPanel!) { sessionLog(sessionId: $id, panel: $panel, fromSequence: 1) { sequence panel kind } }",
            new { id = sessionId, panel }, timeout.Token))
        {
            var line = data.GetProperty("sessionLog");
            Assert.Equal(panel, line.GetProperty("panel").GetString());
            sequences.Add(line.GetProperty("sequence").GetInt32());
            if (sequences.Count == count)
            {
                break;
            }
        }

        return sequences;
    }
}
