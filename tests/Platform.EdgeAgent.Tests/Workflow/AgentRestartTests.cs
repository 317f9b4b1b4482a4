using System.Collections.Concurrent;
using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Tests.Support;
using Platform.MicroscopeSimulator;

namespace Platform.EdgeAgent.Tests.Workflow;

/// <summary>The agent process is killed mid-exposure and restarted with the same start command: it resumes and never exposes a target twice.</summary>
public sealed class AgentRestartTests
{
    [Fact]
    public async Task An_agent_killed_mid_exposure_resumes_after_restart_and_never_acquires_a_target_twice()
    {
        await using var bench = new ScopeBench(speedFactor: 1, delays: SimulatedDelays.None with { ExposureSeconds = 0.3 });
        var settings = ScreeningRunTests.Screening with { SquaresNum = 1, HolesPerSquare = 4, BisMaxDistanceMicrons = 0, DriftCritAngstromPerSecond = -1 };
        var plan = ScopeBench.Plan("s-restart", settings, slots: 1);
        var start = new StartRunCommand("start-1", plan.SessionId, plan);
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

        var first = AgentProcess.Start(bench.Config, bench.Folder);
        await first.SendAsync(start);
        await secondExposure.Task.WaitAsync(TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);
        first.Kill(); // mid-exposure: the second target is journalled as started, not acquired
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
}
