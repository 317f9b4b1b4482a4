using System.Collections.Concurrent;
using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Tests.Support;
using Platform.MicroscopeSimulator;

namespace Platform.EdgeAgent.Tests.Workflow;

/// <summary>
/// The agent process is killed mid-exposure and restarted: it resumes and never exposes a target twice. The platform delivers a start
/// command once (the link resumes after the last command handled), so the restarted agent finds its unfinished run in the journal; a
/// supervisor that sends the start again does not start a second run, and a run that ended is never resumed.
/// </summary>
public sealed class AgentRestartTests
{
    [Fact]
    public async Task An_agent_killed_mid_exposure_resumes_after_restart_and_never_acquires_a_target_twice()
    {
        await using var bench = new ScopeBench(speedFactor: 1, delays: SimulatedDelays.None with { ExposureSeconds = 0.3 });
        var settings = ScreeningRunTests.Screening with { SquaresNum = 1, HolesPerSquare = 4, BisMaxDistanceMicrons = 0, DriftCritAngstromPerSecond = -1 };
        var plan = ScopeBench.Plan("s-restart", settings, slots: 1);
        var start = new StartRunCommand("start-1", plan.SessionId, plan);
        var (exposedAt, secondExposure) = RecordExposures(bench);

        var first = AgentProcess.Start(bench.Config, bench.Folder);
        await first.SendAsync(start);
        await secondExposure.WaitAsync(TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);
        await first.KillAsync(); // mid-exposure: the second target is journalled as started, not acquired
        var beforeKill = first.Received.OfType<AcquisitionReport>().Select(a => a.TargetId).ToList();
        await first.DisposeAsync();

        await using var second = AgentProcess.Start(bench.Config, bench.Folder);
        await second.SendAsync(start);
        var final = await second.WaitForAsync<RunStateReport>("the resumed run's end", r => r.State is RunState.Completed or RunState.Stopped or RunState.Error);

        Assert.Equal(RunState.Completed, final.State);
        Assert.Equal(exposedAt.Count, exposedAt.Distinct().Count()); // no specimen position exposed twice
        var interrupted = Assert.Single(second.Received.OfType<TargetStateReport>(), t => t.State == WorkState.Error);
        Assert.Contains("not repeated", interrupted.Message, StringComparison.Ordinal);
        var afterRestart = second.Received.OfType<AcquisitionReport>().Select(a => a.TargetId).ToList();
        Assert.Empty(beforeKill.Intersect(afterRestart));
        Assert.DoesNotContain(interrupted.TargetId, beforeKill.Concat(afterRestart));
        Assert.NotEmpty(afterRestart);
        Assert.DoesNotContain(second.Received.OfType<ImageReport>(), i => i.Kind == ImageKind.Atlas); // the atlas was not taken again
    }

    [Fact]
    public async Task A_killed_agent_resumes_its_unfinished_run_unasked_on_restart_and_once_the_run_ended_a_further_restart_resumes_nothing()
    {
        await using var bench = new ScopeBench(speedFactor: 1, delays: SimulatedDelays.None with { ExposureSeconds = 0.3 });
        var settings = ScreeningRunTests.Screening with { SquaresNum = 1, HolesPerSquare = 4, BisMaxDistanceMicrons = 0, DriftCritAngstromPerSecond = -1 };
        var plan = ScopeBench.Plan("s-resume", settings, slots: 1);
        var (exposedAt, secondExposure) = RecordExposures(bench);

        var first = AgentProcess.Start(bench.Config, bench.Folder);
        await first.SendAsync(new StartRunCommand("start-1", plan.SessionId, plan));
        await secondExposure.WaitAsync(TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);
        await first.KillAsync();
        var acquiredBeforeKill = first.Received.OfType<AcquisitionReport>().Select(a => a.TargetId).ToList();
        await first.DisposeAsync();

        var second = AgentProcess.Start(bench.Config, bench.Folder); // no command at all
        var final = await second.WaitForAsync<RunStateReport>("the resumed run's end", r => r.State is RunState.Completed or RunState.Stopped or RunState.Error);
        Assert.Equal(RunState.Completed, final.State);
        Assert.Contains(second.Received.OfType<LogReport>(), l => l.Message.StartsWith("Agent restarted during the run of session s-resume", StringComparison.Ordinal));
        Assert.Equal(exposedAt.Count, exposedAt.Distinct().Count());
        Assert.Empty(acquiredBeforeKill.Intersect(second.Received.OfType<AcquisitionReport>().Select(a => a.TargetId)));
        Assert.NotEmpty(second.Received.OfType<AcquisitionReport>());
        await second.DisposeAsync();

        await using var third = AgentProcess.Start(bench.Config, bench.Folder);
        await third.SendAsync(new SoftStopCommand("stop-1", plan.SessionId));
        await third.WaitForAsync<LogReport>("the idle stop's log line", l => l.Message.StartsWith("Stop received while no run is going on", StringComparison.Ordinal));
        Assert.DoesNotContain(third.Received, r => r is RunStateReport or TargetStateReport or AcquisitionReport);
    }


    /// <summary>Every specimen position the simulator exposed (Preview), and a task that completes at the second exposure.</summary>
    private static (ConcurrentBag<(double X, double Y)> ExposedAt, Task SecondExposure) RecordExposures(ScopeBench bench)
    {
        var exposedAt = new ConcurrentBag<(double X, double Y)>();
        var secondExposure = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bench.Simulator.CommandStarted += name =>
        {
            if (name == "Preview")
            {
                var m = bench.Simulator.Microscope;
                exposedAt.Add((Math.Round(m.Stage.XMicrons + m.Optics.ImageShiftXMicrons, 3), Math.Round(m.Stage.YMicrons + m.Optics.ImageShiftYMicrons, 3)));
                if (exposedAt.Count == 2)
                {
                    secondExposure.TrySetResult();
                }
            }
        };
        return (exposedAt, secondExposure.Task);
    }
}
