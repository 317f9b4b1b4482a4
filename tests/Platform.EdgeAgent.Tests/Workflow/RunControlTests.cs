using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Tests.Support;
using Platform.MicroscopeSimulator;

namespace Platform.EdgeAgent.Tests.Workflow;

/// <summary>Soft stop, pause between grids and force kill against the simulator: each ends with no target or grid left open.</summary>
public sealed class RunControlTests
{
    private static readonly AcquisitionSettings _small = ScreeningRunTests.Screening with { SquaresNum = 1, HolesPerSquare = 1, DriftCritAngstromPerSecond = -1 };

    /// <summary>Exposures take ~0.5 s so a command can land while one is running; everything else is near instant.</summary>
    private static readonly SimulatedDelays _slowExposures = SimulatedDelays.None with { ExposureSeconds = 0.5 };

    [Fact]
    public async Task Soft_stop_finishes_the_current_acquisition_then_stops_before_the_next_target()
    {
        await using var bench = new ScopeBench(speedFactor: 1, delays: _slowExposures);
        bench.StartAgent();
        var plan = ScopeBench.Plan("s-stop", _small);
        var previews = 0;
        bench.Simulator.CommandStarted += name =>
        {
            if (name == "Preview" && Interlocked.Increment(ref previews) == 1)
            {
                bench.Link.Send(new SoftStopCommand("stop-1", plan.SessionId));
            }
        };

        bench.Link.Send(new StartRunCommand("start-1", plan.SessionId, plan));
        var final = await bench.FinalStateAsync("start-1");

        Assert.Equal(RunState.Stopped, final.State);
        Assert.Single(bench.Link.All<NotificationReport>(), n => n.Kind == NotificationKind.StopSignalReceived);
        // The exposure under way when the stop came was finished and reported; nothing was exposed after it.
        Assert.Equal(1, bench.Simulator.ExecutedCommands.Count(c => c == "Preview"));
        Assert.Single(bench.Link.All<AcquisitionReport>());
        AssertNothingLeftOpen(bench.Link);
        Assert.Contains(bench.Link.All<GridStateReport>(), g => g.GridPosition == 1 && g.State == WorkState.Paused);
        Assert.False(bench.Simulator.Microscope.Optics.ValvesOpen);
    }

    [Fact]
    public async Task Pause_between_grids_waits_for_an_answer_and_continue_then_next_grid_are_both_honoured()
    {
        await using var bench = new ScopeBench();
        bench.StartAgent();
        var plan = ScopeBench.Plan("s-pause", _small, pauseBetweenGrids: true);
        bench.Link.Send(new StartRunCommand("start-1", plan.SessionId, plan));

        var prompt = await bench.Link.WaitForAsync<NotificationReport>("the first pause prompt", n => n.Kind == NotificationKind.PausePrompt);
        Assert.Contains(bench.Link.All<RunStateReport>(), r => r.State == RunState.Paused);
        Assert.Equal(WorkState.Paused, bench.Link.All<GridStateReport>().Last(g => g.GridPosition == 1).State);
        Assert.DoesNotContain(bench.Link.All<GridStateReport>(), g => g.GridPosition == 2);
        // While paused the user queues two more holes of grid 1 and takes one back out, then answers "continue current grid".
        var spare = bench.Link.All<TargetsFoundReport>().Where(f => f.GridPosition == 1 && f.ParentTargetId is not null)
            .SelectMany(f => f.Targets).Where(t => !t.Selected && t.Label == "good").Take(2).ToList();
        Assert.Equal(2, spare.Count);
        var added = spare.Select((t, i) => t with { TargetId = $"g1/user{i + 1}", BisGroup = null }).ToList();
        bench.Link.Send(new EditTargetsCommand("edit-1", plan.SessionId, 1, added, ["g1/user2"]));
        bench.Link.Send(new AnswerPauseCommand("answer-1", plan.SessionId, PauseChoice.ContinueCurrentGrid));

        await bench.Link.WaitForAsync<NotificationReport>("the second pause prompt", n => n.Kind == NotificationKind.PausePrompt && n != prompt);
        Assert.Contains(bench.Link.All<AcquisitionReport>(), a => a.TargetId == "g1/user1");
        Assert.DoesNotContain(bench.Link.All<AcquisitionReport>(), a => a.TargetId == "g1/user2");
        Assert.Contains(bench.Link.All<TargetStateReport>(), t => t.TargetId == "g1/user2" && t.State == WorkState.Skipped);
        bench.Link.Send(new AnswerPauseCommand("answer-2", plan.SessionId, PauseChoice.NextGrid));

        await bench.Link.WaitForAsync<NotificationReport>("the pause prompt after grid 2", n => n.Kind == NotificationKind.PausePrompt && n.Message.Contains("grid 2", StringComparison.Ordinal));
        bench.Link.Send(new AnswerPauseCommand("answer-3", plan.SessionId, PauseChoice.NextGrid));
        var final = await bench.FinalStateAsync("start-1");

        Assert.Equal(RunState.Completed, final.State);
        Assert.Equal([1, 2], bench.Link.All<GridStateReport>().Where(g => g.State == WorkState.Completed).Select(g => g.GridPosition).Order());
        Assert.Equal(3, bench.Link.All<NotificationReport>().Count(n => n.Kind == NotificationKind.PausePrompt));
        AssertNothingLeftOpen(bench.Link);
    }

    [Fact]
    public async Task Force_kill_aborts_the_exposure_at_once_leaves_the_scope_safe_and_reports_stopped()
    {
        // Every camera image takes 3 s, so the kill lands while the Preview still has seconds to run.
        await using var bench = new ScopeBench(speedFactor: 1, delays: SimulatedDelays.None with { ExposureSeconds = 3 });
        bench.StartAgent();
        var plan = ScopeBench.Plan("s-kill", _small);
        var aborted = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        bench.Simulator.CommandStarted += name =>
        {
            if (name == "Preview")
            {
                bench.Link.Send(new ForceKillCommand("kill-1", plan.SessionId));
            }
        };
        bench.Simulator.CommandEnded += (name, replied) =>
        {
            if (!replied)
            {
                aborted.TrySetResult(name);
            }
        };

        bench.Link.Send(new StartRunCommand("start-1", plan.SessionId, plan));
        var final = await bench.FinalStateAsync("start-1");

        Assert.Equal(RunState.Stopped, final.State);
        Assert.Equal("Preview", await aborted.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
        Assert.Empty(bench.Link.All<AcquisitionReport>());
        var killed = Assert.Single(bench.Link.All<TargetStateReport>(), t => t.State == WorkState.Error);
        Assert.Contains("force kill", killed.Message, StringComparison.Ordinal);
        Assert.False(bench.Simulator.Microscope.Optics.ValvesOpen, "column valves closed after the kill");
        Assert.Equal("Exit", bench.Simulator.ExecutedCommands[^1]);
        AssertNothingLeftOpen(bench.Link);
    }

    /// <summary>Every target and grid that was started reached a later state: no "started" left behind.</summary>
    internal static void AssertNothingLeftOpen(InMemoryPlatformLink link)
    {
        foreach (var target in link.All<TargetStateReport>().GroupBy(t => t.TargetId))
        {
            Assert.NotEqual(WorkState.Started, target.Last().State);
        }

        foreach (var grid in link.All<GridStateReport>().GroupBy(g => g.GridPosition))
        {
            Assert.NotEqual(WorkState.Started, grid.Last().State);
        }
    }
}
