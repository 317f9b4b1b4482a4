using System.Text.Json;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Screening;

/// <summary>
/// Staff force kill followed at once by a start (reference §3.4): the platform frees the lock immediately, so the start can reach
/// the agent while the killed run is still closing; the agent waits for it to close instead of answering "busy".
/// </summary>
public sealed class KillThenStartTests
{
    private const int Rounds = 3;

    [Fact]
    public async Task Force_kill_then_an_immediate_start_three_times_never_meets_a_busy_agent_and_the_last_run_completes_acquiring_no_target_twice()
    {
        // Exposures take 1000 s / 200 = 5 s, so each kill lands while an exposure is still running.
        await using var stack = await ScreeningStack.StartAsync(200, "--exposure-seconds", "1000");
        var id = ScreeningStack.DemoSessionId;
        await using var events = new SessionEventRecorder(stack.GraphQL, id);
        await stack.ShrinkScreeningAsync(id, squares: 1, holes: 2);
        await stack.StartSessionAsync(id);

        for (var round = 1; round <= Rounds; round++)
        {
            await stack.Simulator.WaitForLinesAsync(l => l.StartsWith("command Preview started", StringComparison.Ordinal), round);
            var killed = (await stack.GraphQL.DataAsync("""
                mutation ($id: ID!) { forceKillSession(input: { sessionId: $id }) { session { state } errors { __typename message } } }
                """, new { id })).GetProperty("forceKillSession");
            Assert.Empty(killed.GetProperty("errors").EnumerateArray());
            Assert.Equal("STOPPED", killed.GetProperty("session").GetProperty("state").GetString());
            await stack.StartSessionAsync(id); // no wait for the agent: the race under test
        }

        // Each kill moved the session to STOPPED once; the run after the last start is the next final state.
        var final = await events.WaitForAsync("the last run's end",
            e => SessionEventRecorder.IsRunState(e, "COMPLETED") || SessionEventRecorder.IsRunState(e, "STOPPED") || SessionEventRecorder.IsRunState(e, "ERROR"),
            TimeSpan.FromMinutes(4), occurrence: Rounds + 1);
        Assert.True(final.GetProperty("runState").GetString() == "COMPLETED", $"run ended {final.GetRawText()}\n{stack.Logs()}");

        Assert.DoesNotContain(events.Events, e => (e.GetProperty("message").GetString() ?? "").StartsWith("Start ignored", StringComparison.Ordinal));
        Assert.Equal(Rounds, stack.Simulator.Lines(l => l == "command Preview ended aborted").Count);
        var acquired = 0;
        var inError = 0;
        foreach (var position in new[] { 1, 2 })
        {
            var targets = await FullRunTests.TargetsAsync(stack, id, position);
            Assert.DoesNotContain(targets, t => t.GetProperty("state").GetString() == "STARTED");
            Assert.All(targets, t => Assert.True(t.GetProperty("acquisitionCount").GetInt32() <= 1, t.GetRawText()));
            acquired += targets.Sum(t => t.GetProperty("acquisitionCount").GetInt32());
            inError += targets.Count(t => t.GetProperty("state").GetString() == "ERROR");
        }

        // Every Preview the microscope ran is either one acquisition or one of the aborted (and never repeated) exposures.
        Assert.Equal(Rounds, inError);
        Assert.Equal(stack.CommandsStarted("Preview").Count, acquired + Rounds);
        var session = (await stack.GraphQL.DataAsync(
            "query ($id: ID!) { node(id: $id) { ... on Session { microscope { runLock { sessionId } } } } }", new { id })).GetProperty("node");
        Assert.Equal(JsonValueKind.Null, session.GetProperty("microscope").GetProperty("runLock").ValueKind);
    }
}
