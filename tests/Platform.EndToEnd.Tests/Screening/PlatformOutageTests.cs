using System.Text.Json;
using Platform.AgentLink.Contracts;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Screening;

/// <summary>The platform (Silo) is killed mid-run and comes back later: the agent's run goes on, and its reports arrive exactly once.</summary>
public sealed class PlatformOutageTests
{
    [Fact]
    public async Task With_the_Silo_killed_mid_run_the_microscope_keeps_acquiring_and_after_restart_every_acquisition_log_line_and_counter_arrives_exactly_once()
    {
        await using var stack = await ScreeningStack.StartAsync(speed: 200);
        var id = ScreeningStack.DemoSessionId;
        await using (var before = new SessionEventRecorder(stack.GraphQL, id))
        {
            await stack.ShrinkScreeningAsync(id, squares: 1, holes: 3);
            await stack.StartSessionAsync(id);
            await before.WaitForAsync("the first exposure", IsAcquiredLog, TimeSpan.FromMinutes(4));
        }

        await stack.KillSiloAsync();
        var exposuresAtOutage = stack.Simulator.Lines(IsExposureReplied).Count;
        // The run goes on without the platform: three more exposures while it is down.
        await stack.Simulator.WaitForLinesAsync(IsExposureReplied, exposuresAtOutage + 3);
        await stack.RestartSiloAsync();

        await using var events = new SessionEventRecorder(stack.GraphQL, id);
        await FullRunTests.WaitForFinalStateAsync(stack, events, "COMPLETED");
        await events.WaitForAsync("the agent's last log line", e => e.GetProperty("kind").GetString() == "LOG" && e.GetProperty("message").GetString() == "Run completed: every grid done",
            TimeSpan.FromSeconds(60));

        var journal = AgentJournalView.Targets(stack, ScreeningStack.DemoSessionKey, 1, 2);
        var journalAcquired = journal.Where(t => t.Target.Level == TargetLevel.Hole && t.State == WorkState.Acquired).Select(t => t.Target.TargetId).Order().ToList();
        var exposed = stack.Simulator.Lines(IsExposureReplied).Count;
        Assert.Equal(exposed, journalAcquired.Count);
        Assert.True(exposed >= exposuresAtOutage + 3);

        // Platform side: each acquisition recorded once, on the target the journal says, and counted once.
        var targets = new List<JsonElement>();
        foreach (var position in new[] { 1, 2 })
        {
            targets.AddRange(await FullRunTests.TargetsAsync(stack, ScreeningStack.DemoSessionId, position));
        }

        var dump = string.Join('\n', targets.Select(t => t.GetRawText()));
        Assert.Equal(journalAcquired, targets.Where(t => t.GetProperty("acquisitionCount").GetInt32() > 0).Select(t => t.GetProperty("targetId").GetString()!).Order().ToList());
        Assert.All(targets, t => Assert.True(t.GetProperty("acquisitionCount").GetInt32() <= 1, dump));
        Assert.DoesNotContain(targets, t => t.GetProperty("state").GetString() == "STARTED");
        Assert.Equal(journal.Count, targets.Count);

        var acquiredLines = events.Events.Where(IsAcquiredLog).Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Equal(journalAcquired.Count, acquiredLines.Count);
        Assert.Equal(acquiredLines.Count, acquiredLines.Distinct().Count());

        var counters = (await stack.GraphQL.DataAsync("""
            query ($id: ID!) { node(id: $id) { ... on Session { state counters { gridsCompleted squaresAcquired holesAcquired exposuresAcquired } } } }
            """, new { id })).GetProperty("node").GetProperty("counters");
        Assert.Equal(journalAcquired.Count, counters.GetProperty("exposuresAcquired").GetInt32());
        Assert.Equal(journalAcquired.Count, counters.GetProperty("holesAcquired").GetInt32());
        Assert.Equal(2, counters.GetProperty("gridsCompleted").GetInt32());
        Assert.Equal(journal.Count(t => t.Target.Level == TargetLevel.Square && t.State == WorkState.Completed), counters.GetProperty("squaresAcquired").GetInt32());
    }

    private static bool IsExposureReplied(string line) => line == "command Preview ended replied";

    private static bool IsAcquiredLog(JsonElement e) =>
        e.GetProperty("kind").GetString() == "LOG" && e.GetProperty("panel").GetString() == "ACQUISITION"
        && e.GetProperty("message").GetString()!.Contains(": acquired at defocus", StringComparison.Ordinal);
}
