using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Tests.Support;
using Platform.MicroscopeSimulator.GroundTruth;

namespace Platform.EdgeAgent.Tests.Workflow;

/// <summary>The session's exposure time reaches SerialEM (SetExposure on the Preview set) and the movies follow it.</summary>
public sealed class ExposureTimeTests
{
    [Fact]
    public async Task The_sessions_exposure_time_is_sent_with_SetExposure_and_every_movie_has_the_frames_and_dose_of_that_time()
    {
        // ScopeBench's camera: 4 frames and 40 e⁻/Å² in its default 2 s, so 3 s gives 6 frames and 60 e⁻/Å².
        await using var bench = new ScopeBench();
        bench.StartAgent();
        var settings = ScreeningRunTests.Screening with { SquaresNum = 1, HolesPerSquare = 1, ExposureTimeSeconds = 3 };

        var final = await bench.RunToEndAsync(ScopeBench.Plan("s-exposure", settings, slots: 1));

        Assert.Equal(RunState.Completed, final.State);
        Assert.Equal(3.0, bench.Simulator.Microscope.Camera.ExposureSeconds["P"]);
        var acquisitions = bench.Link.All<AcquisitionReport>();
        Assert.NotEmpty(acquisitions);
        Assert.All(acquisitions, a =>
        {
            var truth = TruthFile.Read<ExposureTruth>(Path.Combine(bench.Folder, a.RelativePath));
            Assert.Equal((3.0, 6, 6), (a.ExposureSeconds, a.Frames, truth.FrameCount));
            Assert.Equal(60, truth.TotalDoseElectronsPerAngstromSquared, 9);
        });
        var executed = bench.Simulator.ExecutedCommands.ToList();
        Assert.InRange(executed.IndexOf("SetExposure"), 0, executed.IndexOf("Preview") - 1);
    }
}
