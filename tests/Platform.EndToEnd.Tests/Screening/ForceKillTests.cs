using System.Text.Json;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Screening;

/// <summary>Staff force kill (reference §3.4) from GraphQL to the simulated microscope, landing in the middle of an exposure.</summary>
public sealed class ForceKillTests
{
    [Fact]
    public async Task Force_kill_mid_exposure_stops_the_run_and_frees_the_scope_at_once_and_the_agent_aborts_the_exposure_and_leaves_nothing_started()
    {
        // Exposures take 2000 s / 200 = 10 s, so the kill arrives while the first one is still running.
        await using var stack = await ScreeningStack.StartAsync(200, "--exposure-seconds", "2000");
        var id = ScreeningStack.DemoSessionId;
        await using var events = new SessionEventRecorder(stack.GraphQL, id);
        await stack.ShrinkScreeningAsync(id, squares: 1, holes: 2);
        await stack.StartSessionAsync(id);
        await stack.Simulator.WaitForLinesAsync(l => l.StartsWith("command Preview started", StringComparison.Ordinal), 1);

        var killed = (await stack.GraphQL.DataAsync("""
            mutation ($id: ID!) { forceKillSession(input: { sessionId: $id }) { session { state microscope { runLock { sessionId } } } errors { __typename message } } }
            """, new { id })).GetProperty("forceKillSession");

        // The platform's side is immediate: stopped, lock released, in the mutation's own answer.
        Assert.Empty(killed.GetProperty("errors").EnumerateArray());
        Assert.Equal("STOPPED", killed.GetProperty("session").GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, killed.GetProperty("session").GetProperty("microscope").GetProperty("runLock").ValueKind);

        // The agent's side: the exposure is aborted (no reply), the valves closed and external control ended with Exit.
        await stack.Simulator.WaitForLinesAsync(l => l == "command Preview ended aborted", 1);
        await stack.Simulator.WaitForLinesAsync(l => l.StartsWith("command Exit started", StringComparison.Ordinal), 1);
        await events.WaitForAsync("the agent's force-kill log line",
            e => e.GetProperty("kind").GetString() == "LOG" && e.GetProperty("message").GetString()!.StartsWith("Force kill: the run was aborted at once", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));
        Assert.Single(stack.CommandsStarted("Preview"));
        Assert.DoesNotContain(stack.Simulator.Lines(_ => true), l => l == "command Preview ended replied");

        var session = (await stack.GraphQL.DataAsync("""
            query ($id: ID!) { node(id: $id) { ... on Session { state grids { position state } microscope { runLock { sessionId } }
              counters { exposuresAcquired } } } }
            """, new { id })).GetProperty("node");
        Assert.Equal("STOPPED", session.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, session.GetProperty("microscope").GetProperty("runLock").ValueKind);
        Assert.DoesNotContain(session.GetProperty("grids").EnumerateArray(), g => g.GetProperty("state").GetString() == "STARTED");
        Assert.Equal(0, session.GetProperty("counters").GetProperty("exposuresAcquired").GetInt32());
        var targets = await FullRunTests.TargetsAsync(stack, ScreeningStack.DemoSessionId, 1);
        var dump = string.Join('\n', targets.Select(t => t.GetRawText()));
        Assert.DoesNotContain(targets, t => t.GetProperty("state").GetString() == "STARTED");
        Assert.Equal(0, targets.Sum(t => t.GetProperty("acquisitionCount").GetInt32()));
        Assert.True(targets.Count(t => t.GetProperty("state").GetString() == "ERROR" && t.GetProperty("level").GetString() == "HOLE") == 1,
            "the aborted exposure's hole is marked in error, never left started:\n" + dump);
    }
}
