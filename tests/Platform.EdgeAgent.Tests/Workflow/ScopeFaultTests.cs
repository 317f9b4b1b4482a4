using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Tests.Support;
using Platform.MicroscopeSimulator.Faults;
using Platform.SerialEm.Client;

namespace Platform.EdgeAgent.Tests.Workflow;

/// <summary>Scope faults from the simulator's fault injection: each becomes a target error, a clean stop or a run error — never a hang.</summary>
public sealed class ScopeFaultTests
{
    private static readonly AcquisitionSettings _small = ScreeningRunTests.Screening with
    {
        SquaresNum = 1, HolesPerSquare = 2, BisMaxDistanceMicrons = 0, DriftCritAngstromPerSecond = -1,
    };

    [Fact]
    public async Task A_failed_exposure_marks_only_that_target_in_error_and_the_run_goes_on()
    {
        await using var bench = new ScopeBench();
        bench.Simulator.Faults.Add(new ScriptedFault("Preview", FaultKind.CommandError, "Camera timed out"));
        bench.StartAgent();

        var final = await bench.RunToEndAsync(ScopeBench.Plan("s-error", _small, slots: 1));

        Assert.Equal(RunState.Completed, final.State);
        var failed = Assert.Single(bench.Link.All<TargetStateReport>(), t => t.State == WorkState.Error);
        Assert.Contains("Camera timed out", failed.Message, StringComparison.Ordinal);
        Assert.Single(bench.Link.All<AcquisitionReport>());
        Assert.DoesNotContain(bench.Link.All<AcquisitionReport>(), a => a.TargetId == failed.TargetId);
        RunControlTests.AssertNothingLeftOpen(bench.Link);
    }

    [Fact]
    public async Task A_connection_dropped_during_an_exposure_is_not_resent_and_the_agent_reconnects()
    {
        await using var bench = new ScopeBench();
        bench.Simulator.Faults.Add(new ScriptedFault("Preview", FaultKind.DropConnection));
        bench.StartAgent();

        var final = await bench.RunToEndAsync(ScopeBench.Plan("s-drop", _small, slots: 1));

        Assert.Equal(RunState.Completed, final.State);
        var failed = Assert.Single(bench.Link.All<TargetStateReport>(), t => t.State == WorkState.Error);
        Assert.Contains("not re-sent", failed.Message, StringComparison.Ordinal);
        Assert.Contains(bench.Link.All<LogReport>(), l => l.Message.Contains("re-established", StringComparison.Ordinal));
        Assert.Equal(2, bench.Simulator.ExecutedCommands.Count(c => c == "Preview"));
        Assert.True(bench.Simulator.ConnectionsAccepted >= 2);
        RunControlTests.AssertNothingLeftOpen(bench.Link);
    }

    [Fact]
    public async Task An_exposure_SerialEM_does_not_answer_in_time_fails_only_its_target_is_not_resent_and_the_run_goes_on()
    {
        await using var bench = new ScopeBench();
        bench.Simulator.Faults.Add(new ScriptedFault("Preview", FaultKind.SlowReply, Delay: TimeSpan.FromMinutes(5)));
        bench.StartAgent(new SerialEmClientOptions
        {
            Port = bench.Simulator.Port, Timeouts = new CommandTimeouts { Exposure = TimeSpan.FromSeconds(20) },
        });

        var final = await bench.RunToEndAsync(ScopeBench.Plan("s-slow", _small, slots: 1));

        Assert.Equal(RunState.Completed, final.State);
        var failed = Assert.Single(bench.Link.All<TargetStateReport>(), t => t.State == WorkState.Error);
        Assert.Contains("did not answer Preview within 20 s", failed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bench.Link.All<AcquisitionReport>(), a => a.TargetId == failed.TargetId);
        Assert.Single(bench.Link.All<AcquisitionReport>());
        Assert.Equal(1, bench.Simulator.ExecutedCommands.Count(c => c == "Preview")); // the timed-out one never ran, and was not sent again
        Assert.True(bench.Simulator.ConnectionsAccepted >= 2);
        RunControlTests.AssertNothingLeftOpen(bench.Link);
    }

    [Fact]
    public async Task STOP_pressed_in_SerialEM_stops_the_run_cleanly()
    {
        await using var bench = new ScopeBench();
        bench.Simulator.Faults.Add(new ScriptedFault("Preview", FaultKind.UserStop));
        bench.StartAgent();

        var final = await bench.RunToEndAsync(ScopeBench.Plan("s-semstop", _small, slots: 1));

        Assert.Equal(RunState.Stopped, final.State);
        Assert.Contains("STOP", final.Message, StringComparison.Ordinal);
        Assert.Single(bench.Link.All<TargetStateReport>(), t => t.State == WorkState.Error);
        RunControlTests.AssertNothingLeftOpen(bench.Link);
    }

    [Fact]
    public async Task A_microscope_that_goes_away_ends_the_run_in_error_with_a_clear_message()
    {
        await using var bench = new ScopeBench();
        var previews = 0;
        bench.Simulator.CommandStarted += name =>
        {
            if (name == "Preview" && Interlocked.Increment(ref previews) == 1)
            {
                // SerialEM crashes: the listener and the connection go; no reply ever comes.
                _ = Task.Run(() => bench.Simulator.DisposeAsync().AsTask());
            }
        };
        bench.StartAgent();

        var final = await bench.RunToEndAsync(ScopeBench.Plan("s-gone", _small, slots: 1));

        Assert.Equal(RunState.Error, final.State);
        Assert.Contains("could not be reached", final.Message, StringComparison.Ordinal);
        Assert.Contains(bench.Link.All<NotificationReport>(), n => n.Kind == NotificationKind.Error);
        RunControlTests.AssertNothingLeftOpen(bench.Link);
    }
}
