using System.Text.Json;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Screening;

/// <summary>
/// Staff overrides (reference §3.1, §3.4): a dead agent's stale lock blocks other sessions until staff remove it, which stops the
/// holder's run; force start takes the lock again and the run ends consistently once the agent is back. Removing the lock of a
/// live run aborts it on the agent.
/// </summary>
public sealed class StaffOverrideTests
{
    private const string Start = """
        mutation ($id: ID!) { startSession(input: { sessionId: $id }) { session { state } errors { __typename message ... on ScopeLockedError { holderSessionId } } } }
        """;

    [Fact]
    public async Task A_dead_agents_stale_lock_refuses_other_sessions_until_removed_and_a_force_start_relocks_and_completes_the_run_when_the_agent_returns()
    {
        await using var stack = await ScreeningStack.StartAsync(speed: 1000);
        var id = ScreeningStack.DemoSessionId;
        var microscopeId = ScreeningStack.DemoMicroscopeId;
        await using var events = new SessionEventRecorder(stack.GraphQL, id);
        await stack.ShrinkScreeningAsync(id, squares: 1, holes: 2);
        await stack.StartSessionAsync(id);
        await stack.Simulator.WaitForLinesAsync(l => l.StartsWith("command Preview started", StringComparison.Ordinal), 1);
        await stack.KillAgentAsync();

        var other = await stack.CreateSecondSessionAsync();
        var refused = (await stack.GraphQL.DataAsync(Start, new { id = other })).GetProperty("startSession");
        Assert.Equal(id, Assert.Single(refused.GetProperty("errors").EnumerateArray()).GetProperty("holderSessionId").GetString());

        var removed = (await stack.GraphQL.DataAsync("""
            mutation ($m: ID!) { removeScopeLock(input: { microscopeId: $m }) { microscope { runLock { sessionId } } errors { __typename message } } }
            """, new { m = microscopeId })).GetProperty("removeScopeLock");
        Assert.Empty(removed.GetProperty("errors").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, removed.GetProperty("microscope").GetProperty("runLock").ValueKind);
        // Without its lock the run is stopped (its agent gets a force kill when it returns): never running unlocked.
        await events.WaitForAsync("the run stopped by the lock removal", e => SessionEventRecorder.IsRunState(e, "STOPPED"), TimeSpan.FromSeconds(30));

        var forced = (await stack.GraphQL.DataAsync("""
            mutation ($id: ID!) { forceStartSession(input: { sessionId: $id }) { session { state microscope { runLock { sessionId } } } errors { __typename message } } }
            """, new { id })).GetProperty("forceStartSession");
        Assert.Empty(forced.GetProperty("errors").EnumerateArray());
        Assert.Equal("STARTING", forced.GetProperty("session").GetProperty("state").GetString());
        Assert.Equal(id, forced.GetProperty("session").GetProperty("microscope").GetProperty("runLock").GetProperty("sessionId").GetString());
        var stillRefused = (await stack.GraphQL.DataAsync(Start, new { id = other })).GetProperty("startSession");
        Assert.Equal("ScopeLockedError", Assert.Single(stillRefused.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());

        await stack.RestartAgentAsync();
        var final = await events.WaitForAsync("the forced run's end",
            e => SessionEventRecorder.IsRunState(e, "COMPLETED") || SessionEventRecorder.IsRunState(e, "STOPPED") || SessionEventRecorder.IsRunState(e, "ERROR"),
            TimeSpan.FromMinutes(4), occurrence: 2);
        Assert.True(final.GetProperty("runState").GetString() == "COMPLETED", $"run ended {final.GetRawText()}\n{stack.Logs()}");
        var state = await stack.GraphQL.DataAsync("""
            query ($a: ID!, $b: ID!) { a: node(id: $a) { ... on Session { state grids { state } microscope { runLock { sessionId } } } }
              b: node(id: $b) { ... on Session { state } } }
            """, new { a = id, b = other });
        Assert.Equal(["COMPLETED", "COMPLETED"], state.GetProperty("a").GetProperty("grids").EnumerateArray().Select(g => g.GetProperty("state").GetString()));
        Assert.Equal(JsonValueKind.Null, state.GetProperty("a").GetProperty("microscope").GetProperty("runLock").ValueKind);
        Assert.Equal("CREATED", state.GetProperty("b").GetProperty("state").GetString());
        foreach (var position in new[] { 1, 2 })
        {
            var targets = await FullRunTests.TargetsAsync(stack, ScreeningStack.DemoSessionId, position);
            Assert.DoesNotContain(targets, t => t.GetProperty("state").GetString() == "STARTED");
            Assert.All(targets, t => Assert.True(t.GetProperty("acquisitionCount").GetInt32() <= 1, t.GetRawText()));
        }
    }

    [Fact]
    public async Task Removing_the_lock_of_a_running_session_aborts_its_run_on_the_agent_stops_the_session_with_a_notification_and_frees_the_scope()
    {
        // Exposures take 1000 s / 200 = 5 s, so the removal lands while the first one is still running.
        await using var stack = await ScreeningStack.StartAsync(200, "--exposure-seconds", "1000");
        var id = ScreeningStack.DemoSessionId;
        await using var events = new SessionEventRecorder(stack.GraphQL, id);
        await stack.ShrinkScreeningAsync(id, squares: 1, holes: 2);
        await stack.StartSessionAsync(id);
        await stack.Simulator.WaitForLinesAsync(l => l.StartsWith("command Preview started", StringComparison.Ordinal), 1);

        var removed = (await stack.GraphQL.DataAsync("""
            mutation ($m: ID!) { removeScopeLock(input: { microscopeId: $m }) { microscope { runLock { sessionId } } errors { __typename message } } }
            """, new { m = ScreeningStack.DemoMicroscopeId })).GetProperty("removeScopeLock");

        Assert.Empty(removed.GetProperty("errors").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, removed.GetProperty("microscope").GetProperty("runLock").ValueKind);
        await events.WaitForAsync("the lock-removed notification",
            e => e.GetProperty("kind").GetString() == "NOTIFICATION" && (e.GetProperty("message").GetString() ?? "").StartsWith("Scope lock removed by staff", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        // The agent aborts the run as for a force kill: the exposure gets no reply, valves close, external control ends.
        await stack.Simulator.WaitForLinesAsync(l => l == "command Preview ended aborted", 1);
        await stack.Simulator.WaitForLinesAsync(l => l.StartsWith("command Exit started", StringComparison.Ordinal), 1);
        await events.WaitForAsync("the agent's abort log line",
            e => e.GetProperty("kind").GetString() == "LOG" && (e.GetProperty("message").GetString() ?? "").StartsWith("Force kill: the run was aborted at once", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));
        var session = (await stack.GraphQL.DataAsync("""
            query ($id: ID!) { node(id: $id) { ... on Session { state runMessage } } }
            """, new { id })).GetProperty("node");
        Assert.Equal("STOPPED", session.GetProperty("state").GetString());
        Assert.StartsWith("Stopped: scope lock removed by staff", session.GetProperty("runMessage").GetString(), StringComparison.Ordinal);
        var targets = await FullRunTests.TargetsAsync(stack, id, 1);
        Assert.DoesNotContain(targets, t => t.GetProperty("state").GetString() == "STARTED");

        var other = await stack.CreateSecondSessionAsync();
        var started = (await stack.GraphQL.DataAsync(Start, new { id = other })).GetProperty("startSession");
        Assert.Empty(started.GetProperty("errors").EnumerateArray());
        Assert.Equal("STARTING", started.GetProperty("session").GetProperty("state").GetString());
    }
}
