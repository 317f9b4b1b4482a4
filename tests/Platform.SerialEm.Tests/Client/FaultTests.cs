using Platform.MicroscopeSimulator;
using Platform.MicroscopeSimulator.Faults;
using Platform.SerialEm.Client;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Tests.Support;

namespace Platform.SerialEm.Tests.Client;

public sealed class FaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Scripted_command_error_becomes_a_command_exception_with_SerialEMs_message()
    {
        await using var sim = SimulatorHarness.Start(o => o with { Faults = [new ScriptedFault("Preview", FaultKind.CommandError, "Camera timed out")] });

        var ex = await Assert.ThrowsAsync<SerialEmCommandException>(() => sim.Client.PreviewAsync(Ct));

        Assert.Equal(("Preview", "Camera timed out"), (ex.Command, ex.SerialEmMessage));
        await sim.Client.PreviewAsync(Ct);
    }

    [Fact]
    public async Task Scripted_user_stop_during_an_exposure_is_a_stopped_exception_and_control_restarts_after()
    {
        await using var sim = SimulatorHarness.Start(o => o with { Faults = [new ScriptedFault("Record", FaultKind.UserStop)] });

        var ex = await Assert.ThrowsAsync<SerialEmStoppedException>(() => sim.Client.RecordAsync(Ct));

        Assert.True(ex.DuringCommand);
        Assert.NotNull(await sim.Client.ReportStageXyzAsync(Ct));
    }

    [Fact]
    public async Task Pressing_STOP_while_a_long_exposure_runs_aborts_it()
    {
        await using var sim = SimulatorHarness.Start(o => o with { SpeedFactor = 1, Delays = SimulatedDelays.None with { ExposureSeconds = 600 } });
        var started = Events.NextCommandStarted(sim.Server, "Record");

        var record = sim.Client.RecordAsync(Ct);
        await started.Within("Record to start");
        sim.Server.PressStop();

        var ex = await Assert.ThrowsAsync<SerialEmStoppedException>(() => record);
        Assert.True(ex.DuringCommand);
    }

    [Fact]
    public async Task STOP_pressed_while_idle_refuses_the_next_command_once()
    {
        await using var sim = SimulatorHarness.Start();
        await sim.Client.ReportStageXyzAsync(Ct);
        await sim.Client.CallAsync("Exit", [1], Ct);

        sim.Server.PressStop();
        var ex = await Assert.ThrowsAsync<SerialEmStoppedException>(() => sim.Client.MoveStageToAsync(5, 5, cancellationToken: Ct));
        await sim.Client.MoveStageToAsync(6, 6, cancellationToken: Ct);

        Assert.False(ex.DuringCommand);
        Assert.Single(sim.Server.ExecutedCommands, "MoveStageTo");
    }

    [Fact]
    public async Task Busy_reply_is_a_busy_exception()
    {
        await using var sim = SimulatorHarness.Start(o => o with { Faults = [new ScriptedFault("LoadCartridge", FaultKind.Busy)] });

        await Assert.ThrowsAsync<SerialEmBusyException>(() => sim.Client.LoadCartridgeAsync(1, Ct));
        await sim.Client.LoadCartridgeAsync(1, Ct);
    }

    [Fact]
    public async Task Busy_SerialEM_refuses_the_first_connection_through_OKtoRun()
    {
        await using var sim = SimulatorHarness.Start();
        sim.Server.Busy = true;

        await Assert.ThrowsAsync<SerialEmBusyException>(() => sim.Client.ReportStageXyzAsync(Ct));
        sim.Server.Busy = false;

        Assert.NotNull(await sim.Client.ReportStageXyzAsync(Ct));
    }

    [Fact]
    public async Task Connection_dropped_after_a_stage_move_is_reported_and_the_move_is_not_resent()
    {
        await using var sim = SimulatorHarness.Start(o => o with { Faults = [new ScriptedFault("MoveStageTo", FaultKind.DropConnection)] });

        var ex = await Assert.ThrowsAsync<SerialEmConnectionLostException>(() => sim.Client.MoveStageToAsync(12, 34, cancellationToken: Ct));

        Assert.True(ex.CommandMayHaveRun);
        Assert.Single(sim.Server.ExecutedCommands, "MoveStageTo");
        Assert.Equal(12, (await sim.Client.ReportStageXyzAsync(Ct)).XMicrons);
        Assert.Equal(2, sim.Client.ConnectionsOpened);
    }

    [Fact]
    public async Task Connection_dropped_during_a_report_is_retried_once_transparently()
    {
        await using var sim = SimulatorHarness.Start(o => o with { Faults = [new ScriptedFault("ReportStageXYZ", FaultKind.DropConnection)] });
        await sim.Client.MoveStageToAsync(7, 8, cancellationToken: Ct);

        var position = await sim.Client.ReportStageXyzAsync(Ct);

        Assert.Equal((7.0, 8.0), (position.XMicrons, position.YMicrons));
        Assert.Equal(2, sim.Server.ExecutedCommands.Count(c => c == "ReportStageXYZ"));
    }

    [Fact]
    public async Task Slow_reply_beyond_the_commands_time_limit_is_a_timeout_and_the_next_call_reconnects()
    {
        await using var sim = SimulatorHarness.Start(
            o => o with { Faults = [new ScriptedFault("Montage", FaultKind.SlowReply, Delay: TimeSpan.FromMinutes(10))] },
            new CommandTimeouts { Montage = TimeSpan.FromMilliseconds(300) });

        var ex = await Assert.ThrowsAsync<SerialEmTimeoutException>(() => sim.Client.MontageAsync(Ct));

        Assert.Equal("Montage", ex.Command);
        Assert.NotNull(await sim.Client.ReportStageXyzAsync(Ct));
        Assert.Equal(2, sim.Client.ConnectionsOpened);
    }

    [Theory]
    [InlineData(FaultKind.MalformedReply)]
    [InlineData(FaultKind.OversizedLength)]
    public async Task Malformed_reply_is_a_protocol_exception_not_a_hang(FaultKind kind)
    {
        await using var sim = SimulatorHarness.Start(o => o with { Faults = [new ScriptedFault("ReportMag", kind)] });

        await Assert.ThrowsAsync<SerialEmProtocolException>(() => sim.Client.ReportMagAsync(Ct));

        Assert.NotNull(await sim.Client.ReportMagAsync(Ct));
    }

    [Fact]
    public async Task Cancelling_a_running_command_closes_the_connection_and_the_next_call_works()
    {
        await using var sim = SimulatorHarness.Start(o => o with { SpeedFactor = 1, Delays = SimulatedDelays.None with { GridLoadSeconds = 600 } });
        var started = Events.NextCommandStarted(sim.Server, "LoadCartridge");
        var aborted = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        sim.Server.CommandEnded += (name, completed) => aborted.TrySetResult(completed);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var load = sim.Client.LoadCartridgeAsync(1, cancel.Token);
        await started.Within("LoadCartridge to start");
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => load);
        Assert.False(await aborted.Task.Within("the simulator to abort LoadCartridge when the client left"));
        Assert.NotNull(await sim.Client.ReportStageXyzAsync(Ct));
        Assert.Null(sim.Server.Microscope.Autoloader.OnStage);
    }
}
