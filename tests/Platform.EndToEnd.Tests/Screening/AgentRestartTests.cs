using System.Text.Json;
using Platform.AgentLink.Contracts;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Screening;

/// <summary>The agent process is SIGKILLed in the middle of an exposure and started again: it resumes the run by itself and never exposes a target twice.</summary>
public sealed class AgentRestartTests
{
    [Fact]
    public async Task An_agent_killed_mid_exposure_resumes_on_restart_without_a_new_start_and_no_target_or_specimen_position_is_exposed_twice()
    {
        // Exposures take 200 s / 200 = 1 s, so the kill lands inside one.
        await using var stack = await ScreeningStack.StartAsync(200, "--exposure-seconds", "200");
        var id = ScreeningStack.DemoSessionId;
        await using var events = new SessionEventRecorder(stack.GraphQL, id);
        await stack.ShrinkScreeningAsync(id, squares: 1, holes: 3);
        await stack.StartSessionAsync(id);

        await stack.Simulator.WaitForLinesAsync(l => l.StartsWith("command Preview started", StringComparison.Ordinal), 2);
        await stack.KillAgentAsync(); // usually inside the 1 s exposure; on a heavily loaded machine it may land just after it
        await stack.RestartAgentAsync();

        await events.WaitForAsync("the agent's resume log line",
            e => e.GetProperty("kind").GetString() == "LOG" && e.GetProperty("message").GetString()!.StartsWith("Agent restarted during the run", StringComparison.Ordinal),
            TimeSpan.FromMinutes(1));
        await FullRunTests.WaitForFinalStateAsync(stack, events, "COMPLETED");

        // The simulator's view: every exposure at a specimen position of its own.
        var positions = stack.CommandsStarted("Preview").Select(l => l[(l.IndexOf('(', StringComparison.Ordinal))..]).ToList();
        Assert.Equal(positions.Count, positions.Distinct().Count());

        // The journal's view: the interrupted target is in error (not repeated), every other exposure acquired once.
        var journal = AgentJournalView.Targets(stack, ScreeningStack.DemoSessionKey, 1, 2).Where(t => t.Target.Level == TargetLevel.Hole).ToList();
        var interrupted = journal.Where(t => t.State == WorkState.Error).ToList();
        Assert.True(interrupted.Count <= 1, "only the exposure under way at the kill may be in error");
        var acquired = journal.Where(t => t.State == WorkState.Acquired).Select(t => t.Target.TargetId).Order().ToList();
        Assert.Equal(positions.Count, acquired.Count + interrupted.Count);
        Assert.DoesNotContain(journal, t => t.State == WorkState.Started);

        // The platform's view agrees: once each, the interrupted one in error with no acquisition, nothing left started, the scope free.
        var targets = new List<JsonElement>();
        foreach (var position in new[] { 1, 2 })
        {
            targets.AddRange(await FullRunTests.TargetsAsync(stack, ScreeningStack.DemoSessionId, position));
        }

        Assert.Equal(acquired, targets.Where(t => t.GetProperty("acquisitionCount").GetInt32() > 0).Select(t => t.GetProperty("targetId").GetString()!).Order().ToList());
        Assert.All(targets, t => Assert.True(t.GetProperty("acquisitionCount").GetInt32() <= 1, t.GetRawText()));
        foreach (var target in interrupted)
        {
            var platformInterrupted = Assert.Single(targets, t => t.GetProperty("targetId").GetString() == target.Target.TargetId);
            Assert.Equal("ERROR", platformInterrupted.GetProperty("state").GetString());
            Assert.Equal(0, platformInterrupted.GetProperty("acquisitionCount").GetInt32());
        }

        Assert.DoesNotContain(targets, t => t.GetProperty("state").GetString() == "STARTED");
        var session = (await stack.GraphQL.DataAsync(
            "query ($id: ID!) { node(id: $id) { ... on Session { counters { exposuresAcquired } microscope { runLock { sessionId } } } } }", new { id })).GetProperty("node");
        Assert.Equal(acquired.Count, session.GetProperty("counters").GetProperty("exposuresAcquired").GetInt32());
        Assert.Equal(JsonValueKind.Null, session.GetProperty("microscope").GetProperty("runLock").ValueKind);
    }
}
