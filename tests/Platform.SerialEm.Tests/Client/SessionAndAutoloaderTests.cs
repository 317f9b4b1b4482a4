using Platform.SerialEm.Errors;
using Platform.SerialEm.Tests.Support;

namespace Platform.SerialEm.Tests.Client;

public sealed class SessionAndAutoloaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Session_setup_commands_reach_the_simulator()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;

        Assert.True(await c.IsOkToRunAsync(Ct) is false, "a second OKtoRun on an active connection answers false (§1.6)");
        await c.SetDirectoryAsync("X:\\sessions\\20260101_Test", Ct);
        await c.ClearPersistentVarsAsync(Ct);
        await c.AllowFileOverwriteAsync(true, Ct);
        await c.EchoAsync("hello from the agent", Ct);
        await c.SetColumnOrGunValveAsync(false, Ct);
        await c.DelayAsync(0.01, Ct);

        Assert.Equal("X:\\sessions\\20260101_Test", sim.Server.Microscope.Camera.Directory);
        Assert.True(sim.Server.Microscope.Camera.AllowOverwrite);
        Assert.Contains("hello from the agent", sim.Server.Microscope.Log);
        Assert.False(sim.Server.Microscope.Optics.ValvesOpen);
        Assert.True(await c.IsVersionAtLeastAsync(40100, Ct));
        Assert.False(await c.IsVersionAtLeastAsync(50000, Ct));
        Assert.Equal(841, await c.ReportNumExeFuncsAsync(Ct));
    }

    [Fact]
    public async Task Script_and_shell_commands_reach_SerialEM_and_the_simulator_only_records_them()
    {
        await using var sim = SimulatorHarness.Start();

        await sim.Client.CallScriptAsync("Realign", Ct);
        await sim.Client.CallFunctionAsync("Tools::Refocus 2", Ct);
        await sim.Client.RunInShellAsync("C:\\JEOL\\Transfer_Cartridge.bat \"3 3 0\"", Ct);
        await sim.Client.LongOperationAsync("FF", 4, Ct);

        Assert.Equal(
            ["Call Realign", "CallFunction Tools::Refocus 2", "RunInShell C:\\JEOL\\Transfer_Cartridge.bat \"3 3 0\"", "LongOperation FF 4"],
            sim.Server.Microscope.ScriptCalls);
    }

    [Fact]
    public async Task Command_table_check_passes_against_a_SerialEM_that_knows_841_commands()
    {
        await using var sim = SimulatorHarness.Start();

        Assert.Equal(841, await sim.Client.EnsureCommandTableSupportedAsync(Ct));
    }

    [Fact]
    public async Task Properties_report_what_was_set_and_unknown_ones_fail_with_SerialEMs_message()
    {
        await using var sim = SimulatorHarness.Start();

        await sim.Client.CallAsync("SetProperty", ["JeolHasExtraApertures", 1], Ct);

        Assert.Equal(1, await sim.Client.ReportPropertyAsync("JeolHasExtraApertures", Ct));
        var ex = await Assert.ThrowsAsync<SerialEmCommandException>(() => sim.Client.ReportPropertyAsync("NoSuchProperty", Ct));
        Assert.Equal("ReportProperty", ex.Command);
        Assert.Contains("NoSuchProperty", ex.SerialEmMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loading_a_cartridge_empties_its_slot_and_unloading_returns_it()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;

        var before = await c.ReportSlotStatusAsync(2, Ct);
        await c.LoadCartridgeAsync(2, Ct);
        var during = await c.ReportSlotStatusAsync(2, Ct);
        await c.UnloadCartridgeAsync(Ct);
        var after = await c.ReportSlotStatusAsync(2, Ct);

        Assert.True(before.IsOccupied);
        Assert.Equal("grid2", before.GridName);
        Assert.True(during.IsEmpty);
        Assert.True(after.IsOccupied);
        Assert.True((await c.ReportSlotStatusAsync(99, Ct)).IsError);
        Assert.False(await c.AreDewarsFillingAsync(Ct));
        Assert.False(await c.IsPvpRunningAsync(Ct));
    }

    [Fact]
    public async Task Loading_an_empty_slot_fails_and_the_session_continues()
    {
        await using var sim = SimulatorHarness.Start();
        await sim.Client.LoadCartridgeAsync(1, Ct);
        await sim.Client.LoadCartridgeAsync(3, Ct);

        var ex = await Assert.ThrowsAsync<SerialEmCommandException>(() => sim.Client.LoadCartridgeAsync(3, Ct));

        Assert.Contains("no cartridge in slot 3", ex.SerialEmMessage, StringComparison.Ordinal);
        Assert.True((await sim.Client.ReportSlotStatusAsync(1, Ct)).IsOccupied, "loading slot 3 returned cartridge 1 first");
        Assert.Equal("grid3", sim.Server.Microscope.Autoloader.OnStage?.Name);
    }

    [Fact]
    public async Task Exit_with_1_ends_control_quietly_and_plain_Exit_raises_the_exited_error()
    {
        await using var sim = SimulatorHarness.Start();

        await sim.Client.CallAsync("Exit", [1], Ct);
        await Assert.ThrowsAsync<SerialEmExitedException>(() => sim.Client.CallAsync("Exit", [], Ct));
        await sim.Client.DisconnectAsync(Ct);

        Assert.Equal(["Exit", "Exit", "Exit"], sim.Server.ExecutedCommands);
    }

    [Fact]
    public async Task Arguments_are_checked_against_the_command_keys_before_sending()
    {
        await using var sim = SimulatorHarness.Start();

        await Assert.ThrowsAsync<ArgumentException>(() => sim.Client.CallAsync("MoveStageTo", [1.0], Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => sim.Client.CallAsync("SetDirectory", [3.0], Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => sim.Client.CallAsync("Delay", [1.0, "s", 3.0], Ct));
        Assert.Empty(sim.Server.ExecutedCommands);
    }
}
