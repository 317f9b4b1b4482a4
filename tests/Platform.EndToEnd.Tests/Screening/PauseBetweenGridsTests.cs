using System.Text.Json;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Screening;

/// <summary>Pause between grids (reference §3.3) from GraphQL to the simulated autoloader: the prompt, "continue current grid" and "next grid".</summary>
public sealed class PauseBetweenGridsTests
{
    private const string Answer = """
        mutation ($id: ID!, $answer: PauseAnswer!) { answerPausePrompt(input: { sessionId: $id, answer: $answer }) { session { state } errors { __typename message } } }
        """;

    [Fact]
    public async Task A_paused_run_loads_no_grid_until_answered_continue_collects_a_target_added_meanwhile_on_the_same_grid_and_next_grid_moves_on()
    {
        await using var stack = await ScreeningStack.StartAsync(speed: 1000);
        var id = ScreeningStack.DemoSessionId;
        await using var events = new SessionEventRecorder(stack.GraphQL, id);
        var pause = (await stack.GraphQL.DataAsync(
            "mutation ($id: ID!) { setPauseBetweenGrids(input: { sessionId: $id, enabled: true }) { session { pauseBetweenGrids } errors { message } } }",
            new { id })).GetProperty("setPauseBetweenGrids");
        Assert.Empty(pause.GetProperty("errors").EnumerateArray());
        await stack.ShrinkScreeningAsync(id, squares: 1, holes: 2);
        await stack.StartSessionAsync(id);

        // First pause, after grid 1's queue is exhausted: the prompt is shown, grid 2 is not loaded, the scope stays locked.
        await WaitForPauseAsync(stack, events, 1);
        Assert.Contains(events.Events, e => e.GetProperty("kind").GetString() == "PAUSE_PROMPT");
        var paused = await SessionAsync(stack, id);
        Assert.Equal("PAUSED", paused.GetProperty("state").GetString());
        Assert.Equal(["1:PAUSED", "2:QUEUED"], Grids(paused));
        Assert.Equal(id, paused.GetProperty("microscope").GetProperty("runLock").GetProperty("sessionId").GetString());
        Assert.Single(stack.CommandsStarted("LoadCartridge"));
        var exposuresAtFirstPause = stack.CommandsStarted("Preview").Count;

        // A user adds a hole to grid 1 while paused; "continue current grid" acquires it on grid 1 and pauses again.
        var acquired = (await FullRunTests.TargetsAsync(stack, ScreeningStack.DemoSessionId, 1))
            .First(t => t.GetProperty("level").GetString() == "HOLE" && t.GetProperty("acquisitionCount").GetInt32() > 0);
        var edit = (await stack.GraphQL.DataAsync("""
            mutation ($id: ID!, $add: [FoundTargetInput!]) { editGridTargets(input: { sessionId: $id, gridPosition: 1, add: $add }) { commandId errors { code message } } }
            """, new
        {
            id = ScreeningStack.DemoSessionId,
            add = new[]
            {
                new
                {
                    targetId = "user/h1", parentTargetId = acquired.GetProperty("parentTargetId").GetString(), level = "HOLE",
                    stageXMicrons = acquired.GetProperty("stageXMicrons").GetDouble() + 2, stageYMicrons = acquired.GetProperty("stageYMicrons").GetDouble(),
                },
            },
        })).GetProperty("editGridTargets");
        Assert.Empty(edit.GetProperty("errors").EnumerateArray());
        var answered = (await stack.GraphQL.DataAsync(Answer, new { id, answer = "CONTINUE_CURRENT_GRID" })).GetProperty("answerPausePrompt");
        Assert.Empty(answered.GetProperty("errors").EnumerateArray());
        Assert.Equal("RUNNING", answered.GetProperty("session").GetProperty("state").GetString());

        await WaitForPauseAsync(stack, events, 2);
        Assert.Single(stack.CommandsStarted("LoadCartridge"));
        Assert.Equal(exposuresAtFirstPause + 1, stack.CommandsStarted("Preview").Count);
        var added = Assert.Single(await FullRunTests.TargetsAsync(stack, ScreeningStack.DemoSessionId, 1), t => t.GetProperty("targetId").GetString() == "user/h1");
        Assert.True(added.GetProperty("addedByUser").GetBoolean());
        Assert.Equal(1, added.GetProperty("acquisitionCount").GetInt32());

        // "Next grid": grid 1 completes, grid 2 is loaded and screened, then the run pauses after grid 2.
        Assert.Empty((await stack.GraphQL.DataAsync(Answer, new { id, answer = "NEXT_GRID" })).GetProperty("answerPausePrompt").GetProperty("errors").EnumerateArray());
        await WaitForPauseAsync(stack, events, 3);
        Assert.Equal(2, stack.CommandsStarted("LoadCartridge").Count);
        Assert.Equal(["1:COMPLETED", "2:PAUSED"], Grids(await SessionAsync(stack, id)));

        Assert.Empty((await stack.GraphQL.DataAsync(Answer, new { id, answer = "NEXT_GRID" })).GetProperty("answerPausePrompt").GetProperty("errors").EnumerateArray());
        await FullRunTests.WaitForFinalStateAsync(stack, events, "COMPLETED");
        var done = await SessionAsync(stack, id);
        Assert.Equal(["1:COMPLETED", "2:COMPLETED"], Grids(done));
        Assert.Equal(JsonValueKind.Null, done.GetProperty("microscope").GetProperty("runLock").ValueKind);
    }

    /// <summary>Awaits the <paramref name="occurrence"/>-th PAUSED run state and then the agent's own prompt for it.</summary>
    private static async Task WaitForPauseAsync(ScreeningStack stack, SessionEventRecorder events, int occurrence)
    {
        try
        {
            await events.WaitForAsync($"pause {occurrence}", e => SessionEventRecorder.IsRunState(e, "PAUSED"), TimeSpan.FromMinutes(4), occurrence);
            await events.WaitForAsync($"the agent's pause prompt {occurrence}",
                e => e.GetProperty("kind").GetString() == "PAUSE_PROMPT" && e.GetProperty("detail").GetString() == "PausePrompt", TimeSpan.FromSeconds(30), occurrence);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException(ex.Message + "\n" + stack.Logs(), ex);
        }
    }

    private static async Task<JsonElement> SessionAsync(ScreeningStack stack, string id) =>
        (await stack.GraphQL.DataAsync("""
            query ($id: ID!) { node(id: $id) { ... on Session { state grids { position state } microscope { runLock { sessionId } } } } }
            """, new { id })).GetProperty("node");

    private static List<string> Grids(JsonElement session) =>
        [.. session.GetProperty("grids").EnumerateArray().Select(g => $"{g.GetProperty("position").GetInt32()}:{g.GetProperty("state").GetString()}")];
}
