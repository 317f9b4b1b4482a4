using Platform.SerialEm.Errors;
using Platform.SerialEm.Microscope;
using Platform.SerialEm.Tests.Support;

namespace Platform.SerialEm.Tests.Client;

public sealed class StageOpticsFocusTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stage_moves_absolute_and_relative_and_reports_its_position()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;

        await c.MoveStageToAsync(10.5, -20.25, 3.0, Ct);
        await c.MoveStageAsync(1, 2, cancellationToken: Ct);
        var position = await c.ReportStageXyzAsync(Ct);
        await c.TiltToAsync(10, Ct);
        await c.TiltByAsync(-5, Ct);

        Assert.Equal(new StagePosition(11.5, -18.25, 3.0), position);
        Assert.Equal(5, await c.ReportTiltAngleAsync(Ct));
    }

    [Fact]
    public async Task Stage_limits_fail_as_command_errors_and_leave_the_stage_where_it_was()
    {
        await using var sim = SimulatorHarness.Start();

        await Assert.ThrowsAsync<SerialEmCommandException>(() => sim.Client.MoveStageToAsync(5000, 0, cancellationToken: Ct));
        await Assert.ThrowsAsync<SerialEmCommandException>(() => sim.Client.TiltToAsync(80, Ct));

        Assert.Equal(new StagePosition(0, 0, 0), await sim.Client.ReportStageXyzAsync(Ct));
    }

    [Fact]
    public async Task Image_shift_accumulates_and_reset_moves_the_stage_to_absorb_it()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;

        await c.SetImageShiftAsync(0, 0, cancellationToken: Ct);
        await c.ImageShiftByMicronsAsync(1.5, -0.5, cancellationToken: Ct);
        await c.ImageShiftByMicronsAsync(1.0, 0.0, cancellationToken: Ct);
        var shift = await c.ReportImageShiftAsync(Ct);
        await c.ResetImageShiftAsync(Ct);

        Assert.Equal(new ImageShiftReport(2.5, -0.5, 2.5, -0.5), shift);
        Assert.Equal(new StagePosition(2.5, -0.5, 0), await c.ReportStageXyzAsync(Ct));
        Assert.Equal(new ImageShiftReport(0, 0, 0, 0), await c.ReportImageShiftAsync(Ct));
        await c.SaveBeamTiltAsync(Ct);
        await c.SetImageShiftAsync(0.5, 0.25, settling: 1, adjustBeamTilt: true, Ct);
        await c.RestoreBeamTiltAsync(Ct);
        Assert.Equal(new ImageShiftReport(0.5, 0.25, 0.5, 0.25), await c.ReportImageShiftAsync(Ct));
        var matrix = await c.CameraToSpecimenMatrixAsync(0, Ct);
        Assert.Equal(new[] { 0.0002, 0, 0, 0.0002 }, matrix);
    }

    [Fact]
    public async Task Atlas_optics_low_dose_and_filter_settings_are_applied()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;
        var optics = sim.Server.Microscope.Optics;

        await c.SetLowDoseModeAsync(false, Ct);
        await c.SetMagAsync(135, Ct);
        await c.SetSpotSizeAsync(5, Ct);
        await c.SetPercentC2Async(62.5, Ct);
        var mag = await c.ReportMagAsync(Ct);
        await c.SetSlitInAsync(false, Ct);
        var filter = await c.ReportEnergyFilterAsync(Ct);
        await c.SetSlitInAsync(true, Ct);
        await c.SetLowDoseModeAsync(true, Ct);
        await c.GoToLowDoseAreaAsync(LowDoseArea.Search, Ct);
        await c.SetAxisPositionAsync(LowDoseArea.Focus, 1.77, -45, Ct);
        await c.GoToImagingStateAsync("Atlas", Ct);

        Assert.Equal(new MagnificationReport(135, true), mag);
        Assert.False(filter.SlitIn);
        Assert.Equal((5, 60.0), (optics.SpotSize, optics.PercentC2)); // the Atlas imaging state set C2 last
        Assert.True(optics.LowDoseMode);
        Assert.Equal('S', optics.LowDoseArea);
        Assert.Equal((1.77, -45.0), optics.AxisPositions['F']);
        await Assert.ThrowsAsync<SerialEmCommandException>(() => c.GoToImagingStateAsync("NoSuchState", Ct));
    }

    [Fact]
    public async Task Zero_loss_refinement_dark_reference_and_apertures_are_simulated()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;

        await c.RefineZeroLossPeakAsync(120, Ct);
        await c.UpdateHardwareDarkReferenceAsync(2, Ct);
        var c2 = await c.ReportApertureSizeMicronsAsync(1, Ct);
        await c.SetApertureSizeAsync(1, 70, Ct);
        await c.RemoveApertureAsync(2, Ct);
        var removed = await c.ReportApertureSizeMicronsAsync(2, Ct);
        await c.ReInsertApertureAsync(2, Ct);

        Assert.Equal(1, sim.Server.Microscope.Optics.ZeroLossRefinements);
        Assert.Equal(1, sim.Server.Microscope.Optics.DarkReferenceUpdates);
        Assert.Equal((50.0, 0.0), (c2, removed));
        Assert.Equal(70, await c.ReportApertureSizeMicronsAsync(1, Ct));
        await c.SetSlitInAsync(false, Ct);
        await Assert.ThrowsAsync<SerialEmCommandException>(() => c.RefineZeroLossPeakAsync(0, Ct));
    }

    [Fact]
    public async Task Autofocus_reaches_the_target_and_relative_focus_changes_add_up()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;
        await c.LoadCartridgeAsync(1, Ct);

        await c.SetTargetDefocusAsync(-1.75, Ct);
        await c.AutoFocusAsync(Ct);
        var afterAutofocus = await c.ReportDefocusMicronsAsync(Ct);
        await c.ChangeFocusAsync(-0.25, Ct);
        var afterChange = await c.ReportDefocusMicronsAsync(Ct);
        await c.SetDefocusAsync(-3, Ct);

        Assert.Equal(-1.75, await c.ReportTargetDefocusMicronsAsync(Ct));
        Assert.Equal(-1.75, afterAutofocus, 9);
        Assert.Equal(-2.0, afterChange, 9);
        Assert.Equal(-3, await c.ReportDefocusMicronsAsync(Ct));
    }

    [Fact]
    public async Task Autofocus_without_a_specimen_fails_and_eucentricity_finds_the_grid_height()
    {
        await using var sim = SimulatorHarness.Start();

        await Assert.ThrowsAsync<SerialEmCommandException>(() => sim.Client.AutoFocusAsync(Ct));
        await sim.Client.LoadCartridgeAsync(2, Ct);
        await sim.Client.EucentricityAsync(1, cancellationToken: Ct);

        var z = (await sim.Client.ReportStageXyzAsync(Ct)).ZMicrons;
        Assert.Equal(sim.Server.Microscope.Autoloader.OnStage!.EucentricZMicrons, z);
    }

    [Fact]
    public async Task Drift_wait_reports_a_rate_below_the_criterion_after_settling()
    {
        await using var sim = SimulatorHarness.Start();

        var met = (await sim.Client.DriftWaitTaskAsync(1.0, 300, 10, Ct))!;
        var notMet = (await sim.Client.DriftWaitTaskAsync(0.001, 30, 10, Ct))!;

        // rate(t) = 5·exp(−t/60) < 1 first at t = 100 s (5·e^(−10/6) = 0.94).
        Assert.Equal(100, met.ElapsedSeconds);
        Assert.True(met.CriterionMet && met.LastDriftAngstromPerSecond < 1);
        Assert.False(notMet.CriterionMet);
        Assert.Equal(30, notMet.ElapsedSeconds);
    }
}
