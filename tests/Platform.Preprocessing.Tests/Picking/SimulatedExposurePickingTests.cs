using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Tracks.Preprocessing;
using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.MicroscopeSimulator;
using Platform.MicroscopeSimulator.GroundTruth;
using Platform.MicroscopeSimulator.Rendering;
using Platform.Processing.Pipeline;

namespace Platform.Preprocessing.Tests.Picking;

/// <summary>
/// The demo's chain end to end on what the simulated microscope records: a movie rendered by the simulator with the frame size
/// <c>run.sh</c> gives it, written with its ground-truth file, then processed with the settings the agent derives from the demo
/// session's defaults; picks are scored against the truth file's particles.
/// </summary>
public sealed class SimulatedExposurePickingTests : IDisposable
{
    /// <summary>The simulator options run.sh starts the demo microscope with (<c>--frame-size 1024</c>; the rest are defaults).</summary>
    private static readonly SimulatorOptions s_demoMicroscope = new() { FrameSizePixels = 1024 };

    private readonly string _folder = Directory.CreateTempSubdirectory("simulated-picking-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(1, 1.8)]
    [InlineData(2, 2.6)]
    public void The_picker_recovers_most_simulated_particles_of_a_demo_exposure(int seed, double defocusMicrons)
    {
        var moviePath = RecordMovie(seed, defocusMicrons);
        var truth = TruthFile.Read<ExposureTruth>(moviePath);
        var settings = PreprocessingTrack.SettingsFor(new ProcessingSettings(), Path.Combine(_folder, "out"), 2);

        var result = new PreprocessingPipeline(settings).Process(moviePath, TestContext.Current.CancellationToken);

        // Truth centres are frame-0 exposure pixels; the movie is a crop at MovieOriginInExposurePixels. Particles whose centre
        // is within one session radius of the border cannot be picked (edge rejection), so they are not counted as missed.
        var edge = settings.ParticleRadiusAngstrom / truth.PixelSizeAngstrom;
        var inside = truth.Particles
            .Select(p => (X: p.CenterPixels.X - truth.MovieOriginInExposurePixels.X, Y: p.CenterPixels.Y - truth.MovieOriginInExposurePixels.Y))
            .Where(p => p.X >= edge && p.Y >= edge && p.X < truth.MovieWidth - edge && p.Y < truth.MovieHeight - edge)
            .ToList();
        var radiusPixels = ExposureRequest.SpecimenParticleRadiusAngstrom / truth.PixelSizeAngstrom;
        bool Near((double X, double Y) t, double x, double y) => Math.Sqrt(Math.Pow(t.X - x, 2) + Math.Pow(t.Y - y, 2)) <= radiusPixels / 2;
        var found = inside.Count(t => result.Picks.Any(p => Near(t, p.XPixels, p.YPixels)));
        var correct = result.Picks.Count(p => truth.Particles.Any(t =>
            Near((t.CenterPixels.X - truth.MovieOriginInExposurePixels.X, t.CenterPixels.Y - truth.MovieOriginInExposurePixels.Y), p.XPixels, p.YPixels)));
        var recall = (double)found / inside.Count;
        var precision = result.Picks.Count == 0 ? 0 : (double)correct / result.Picks.Count;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"seed {seed}: {truth.Particles.Count} simulated particles, {inside.Count} pickable, {result.ParticleCount} picks; recall {recall:F2}, precision {precision:F2}");

        Assert.True(inside.Count >= 10, $"only {inside.Count} simulated particles lie inside the movie: the demo exposure is too small to pick from");
        Assert.True(recall >= 0.8, $"recall {recall:F2} < 0.8 ({found} of {inside.Count})");
        Assert.True(precision >= 0.8, $"precision {precision:F2} < 0.8 ({correct} of {result.Picks.Count})");
    }

    /// <summary>Renders an exposure the way the simulated microscope does and saves its movie and truth file the way it does.</summary>
    private string RecordMovie(int seed, double defocusMicrons)
    {
        var ctf = new ContrastTransfer((defocusMicrons * 10_000) + 100, (defocusMicrons * 10_000) - 100, 30);
        var request = ExposureRequest.For(s_demoMicroscope, ctf, 1, 0, new StagePoint(0, 0), seed);
        var frames = ExposureRenderer.RenderFrames(request, out var truth);
        var path = Path.Combine(_folder, $"exposure_{seed}.mrc");
        MrcWriter.Write(path, new ImageStack(truth.MovieWidth, truth.MovieHeight, ExposureRenderer.MovieFrames(frames, truth), truth.PixelSizeAngstrom));
        TruthFile.Write(path, truth with { MoviePath = path });
        return path;
    }
}
