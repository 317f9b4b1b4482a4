using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Tests.Support;
using Platform.MicroscopeSimulator;

namespace Platform.EdgeAgent.Tests.Workflow;

/// <summary>
/// A start that reaches the agent right behind a force kill or soft stop (the platform frees the lock at once) waits for the
/// ending run to close instead of being refused "busy".
/// </summary>
public sealed class KillThenStartTests
{
    private static readonly AcquisitionSettings _small = ScreeningRunTests.Screening with { SquaresNum = 1, HolesPerSquare = 1, DriftCritAngstromPerSecond = -1 };

    // Each killed run leaves its target in Error, so the next run needs another target to reach an exposure: one hole more
    // than there are kills (with one hole, a run started after the first kill can find nothing left to expose and complete).
    private static readonly AcquisitionSettings _holePerKill = _small with { HolesPerSquare = 4 };

    [Fact]
    public async Task A_start_sent_right_behind_a_force_kill_waits_for_the_killed_run_to_close_then_runs_and_no_target_is_acquired_twice()
    {
        await using var bench = new ScopeBench(speedFactor: 1, delays: SimulatedDelays.None with { ExposureSeconds = 0.5 });
        bench.StartAgent();
        var plan = ScopeBench.Plan("s-kill-start", _holePerKill);
        const int kills = 3;
        var previews = 0;
        bench.Simulator.CommandStarted += name =>
        {
            // The first exposure of each of the first runs: kill it and start again in the same breath.
            if (name == "Preview" && Interlocked.Increment(ref previews) is var n && n <= kills)
            {
                bench.Link.Send(new ForceKillCommand($"kill-{n}", plan.SessionId));
                bench.Link.Send(new StartRunCommand($"start-{n + 1}", plan.SessionId, plan));
            }
        };

        bench.Link.Send(new StartRunCommand("start-1", plan.SessionId, plan));
        await bench.Link.WaitForAsync<RunStateReport>("the last run completing", r => r.State == RunState.Completed);

        Assert.DoesNotContain(bench.Link.All<LogReport>(), l => l.IdempotencyKey.Contains("/busy", StringComparison.Ordinal));
        Assert.Equal(
            [RunState.Stopped, RunState.Stopped, RunState.Stopped, RunState.Completed],
            bench.Link.All<RunStateReport>().Where(r => r.State != RunState.Running).Select(r => r.State));
        Assert.All(bench.Link.All<AcquisitionReport>().GroupBy(a => a.TargetId), g => Assert.Single(g));
        Assert.Equal(kills, bench.Link.All<TargetStateReport>().Count(t => t.State == WorkState.Error));
        RunControlTests.AssertNothingLeftOpen(bench.Link);
    }

    [Fact]
    public async Task A_start_of_another_session_right_behind_a_soft_stop_runs_once_the_stopped_run_has_finished_its_acquisition()
    {
        await using var bench = new ScopeBench(speedFactor: 1, delays: SimulatedDelays.None with { ExposureSeconds = 0.5 });
        bench.StartAgent();
        var first = ScopeBench.Plan("s-stopped", _small);
        var second = ScopeBench.Plan("s-next", _small, slots: 1);
        var previews = 0;
        bench.Simulator.CommandStarted += name =>
        {
            if (name == "Preview" && Interlocked.Increment(ref previews) == 1)
            {
                bench.Link.Send(new SoftStopCommand("stop-1", first.SessionId));
                bench.Link.Send(new StartRunCommand("start-2", second.SessionId, second));
            }
        };

        bench.Link.Send(new StartRunCommand("start-1", first.SessionId, first));
        await bench.Link.WaitForAsync<RunStateReport>("the second session completing", r => r.SessionId == second.SessionId && r.State == RunState.Completed);

        Assert.DoesNotContain(bench.Link.All<LogReport>(), l => l.IdempotencyKey.Contains("/busy", StringComparison.Ordinal));
        Assert.Single(bench.Link.All<AcquisitionReport>(), a => a.SessionId == first.SessionId);
        Assert.Equal(RunState.Stopped, bench.Link.All<RunStateReport>().Last(r => r.SessionId == first.SessionId).State);
        // Every report of the stopped run precedes the next run's first one: the platform sees them in order.
        var reports = bench.Link.Reports;
        var lastOfFirst = reports.Select((r, i) => (r, i)).Last(x => x.r.SessionId == first.SessionId).i;
        var firstOfSecond = reports.Select((r, i) => (r, i)).First(x => x.r.SessionId == second.SessionId).i;
        Assert.True(lastOfFirst < firstOfSecond, "the stopped run's reports all come before the next run's");
        RunControlTests.AssertNothingLeftOpen(bench.Link);
    }
}
