using Platform.Imaging.Mrc;
using Platform.MicroscopeSimulator.GroundTruth;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Tests.Support;

namespace Platform.SerialEm.Tests.Client;

/// <summary>SetExposure on the simulator: a parameter set's exposure time sets the movie's frame count and dose (fixed frame time and dose rate).</summary>
public sealed class ExposureTimeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(2.0, 4, 40.0)] // the camera's default exposure: 4 frames, 40 e⁻/Å² (SimulatorHarness: FrameCount 4, default 2 s)
    [InlineData(4.0, 8, 80.0)] // twice as long: twice the frames and the dose
    [InlineData(0.5, 1, 10.0)] // a quarter: one frame of 0.5 s, a quarter of the dose
    public async Task A_Preview_after_SetExposure_saves_a_movie_whose_frame_count_and_dose_follow_the_exposure_time(
        double exposureSeconds, int frames, double doseElectronsPerSquareAngstrom)
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;
        await c.LoadCartridgeAsync(1, Ct);
        await c.SetDoseFracParamsAsync("P", fractionate: true, saveFrames: true, alignFrames: false, Ct);
        await c.SetExposureAsync("P", exposureSeconds, Ct);
        await c.KeepCameraSetChangesAsync("P", Ct);
        await c.EarlyReturnNextShotAsync(0, Ct);

        await c.PreviewAsync(Ct);
        var movie = await c.ReportLastFrameFileAsync(Ct);

        var truth = TruthFile.Read<ExposureTruth>(movie);
        Assert.Equal(frames, MrcFile.Read(movie).Stack.Count);
        Assert.Equal(frames, truth.FrameCount);
        Assert.Equal(doseElectronsPerSquareAngstrom, truth.TotalDoseElectronsPerAngstromSquared, 9);
    }

    [Fact]
    public async Task SetExposure_of_one_set_leaves_the_other_sets_at_the_camera_default()
    {
        await using var sim = SimulatorHarness.Start();
        var c = sim.Client;
        await c.LoadCartridgeAsync(1, Ct);
        await c.SetDoseFracParamsAsync("R", fractionate: true, saveFrames: true, alignFrames: false, Ct);
        await c.SetExposureAsync("P", 6, Ct);

        await c.RecordAsync(Ct);

        Assert.Equal(4, TruthFile.Read<ExposureTruth>(await c.ReportLastFrameFileAsync(Ct)).FrameCount);
    }

    [Theory]
    [InlineData("P", 0.0)]
    [InlineData("P", -1.0)]
    [InlineData("P", 5000.0)]
    [InlineData("Q", 1.0)]
    public async Task An_impossible_exposure_time_or_unknown_set_is_a_typed_command_error_and_changes_nothing(string set, double seconds)
    {
        await using var sim = SimulatorHarness.Start();

        await Assert.ThrowsAsync<SerialEmCommandException>(() => sim.Client.SetExposureAsync(set, seconds, Ct));

        Assert.Empty(sim.Server.Microscope.Camera.ExposureSeconds);
    }
}
