using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.Processing.Ctf;
using Platform.Processing.Simulation;
using Platform.Processing.Tests.Data;

namespace Platform.Processing.Tests.Ctf;

public sealed class CtfEstimatorTests
{
    private static Image2D ExposedMicrograph(DefocusParameters truth, int size, int seed, double electronsPerPixel, bool withParticles, MicroscopeOptics? optics = null)
    {
        Image2D? particle = null;
        if (withParticles)
        {
            particle = ParticleTemplate.ProjectAlongZ(MrcFile.Read(SharedData.PathOf("mrcfile/EMD-3197.map")).Stack, 2.0);
        }

        var micrograph = SyntheticMicrograph.Render(new SyntheticMicrographSpec
        {
            Width = size,
            Height = size,
            PixelSizeAngstrom = 1.0,
            Optics = optics ?? new MicroscopeOptics(),
            Defocus = truth,
            IceContrast = 0.1,
            Particle = particle,
            ParticleCount = withParticles ? 40 : 0,
            MinimumSeparationPixels = particle?.Width ?? 0,
            Seed = seed,
        });
        // A different stream from the specimen's: shot noise correlated with the ice texture would print false rings.
        return ShotNoise.Expose(micrograph.Intensity, electronsPerPixel, seed + 1_000_003);
    }

    [Theory]
    [InlineData(512, 30000)] // 16 disjoint tiles: half-overlapping (Welch) tiles
    [InlineData(256, 16000)] // 64 disjoint tiles: disjoint tiles, as a 4096² micrograph with 512 px tiles (ring spacing limits defocus at 256 px)
    public void Defocus_and_astigmatism_angle_are_recovered_on_synthetic_micrographs(int tileSize, double maxMeanDefocusAngstrom)
    {
        // 8 micrographs, 2048² at 1 Å/px (a quarter of a K3/Falcon frame), 40 e/Å², mean defocus 0.8 µm–max, astigmatism 0–1000 Å at random angles.
        var rng = new Random(2026);
        var defocusErrors = new List<double>();
        var angleErrors = new List<double>();
        for (var c = 0; c < 8; c++)
        {
            var mean = 8000 + (rng.NextDouble() * (maxMeanDefocusAngstrom - 8000));
            var astigmatism = rng.NextDouble() * 1000;
            var truth = new DefocusParameters(mean + (astigmatism / 2), mean - (astigmatism / 2), rng.NextDouble() * 180).Normalised();
            var image = ExposedMicrograph(truth, 2048, 100 + c, 40, withParticles: c % 2 == 0);
            var fit = CtfEstimator.Estimate(image, new CtfEstimationSettings { TileSizePixels = tileSize, MaxThreads = 2 }, TestContext.Current.CancellationToken);

            var errorU = Math.Abs(fit.DefocusUAngstrom - truth.DefocusUAngstrom) / truth.DefocusUAngstrom;
            var errorV = Math.Abs(fit.DefocusVAngstrom - truth.DefocusVAngstrom) / truth.DefocusVAngstrom;
            defocusErrors.Add(errorU);
            defocusErrors.Add(errorV);
            var angleError = Math.Abs(((((fit.AstigmatismAngleDegrees - truth.AstigmatismAngleDegrees) % 180) + 270) % 180) - 90);
            if (astigmatism > 500)
            {
                angleErrors.Add(angleError);
            }

            TestContext.Current.TestOutputHelper?.WriteLine(
                $"truth U/V/angle {truth.DefocusUAngstrom:F0}/{truth.DefocusVAngstrom:F0}/{truth.AstigmatismAngleDegrees:F1}  fit {fit.DefocusUAngstrom:F0}/{fit.DefocusVAngstrom:F0}/{fit.AstigmatismAngleDegrees:F1}  fit resolution {fit.FitResolutionAngstrom:F1} Å  score {fit.Score:F3}");
        }

        defocusErrors.Sort();
        var median = (defocusErrors[7] + defocusErrors[8]) / 2;
        var worstAngle = angleErrors.Count > 0 ? angleErrors.Max() : 0;
        TestContext.Current.TestOutputHelper?.WriteLine($"median defocus error {median * 100:F2} %, worst angle error (astigmatism > 500 Å, n={angleErrors.Count}) {worstAngle:F1}°");
        Console.WriteLine($"[ctf] tile {tileSize}: median defocus error {median * 100:F2} %, worst angle error {worstAngle:F1}° over {angleErrors.Count} strongly astigmatic cases");
        Assert.True(median <= 0.01, $"median defocus error {median * 100:F2} % > 1 %");
        Assert.NotEmpty(angleErrors);
        Assert.True(worstAngle <= 5, $"angle error {worstAngle:F1}° > 5°");
    }

    [Fact]
    public void Phase_shift_is_fitted_when_asked()
    {
        var truth = new DefocusParameters(6200, 5800, 40, PhaseShiftRadians: Math.PI / 2);
        var image = ExposedMicrograph(truth, 1024, 7, 40, withParticles: false);
        var fit = CtfEstimator.Estimate(image, new CtfEstimationSettings { FindPhaseShift = true, MinDefocusAngstrom = 3000, MaxDefocusAngstrom = 12000 }, TestContext.Current.CancellationToken);
        Assert.Equal(Math.PI / 2, fit.PhaseShiftRadians, 0.15);
        Assert.Equal(truth.MeanDefocusAngstrom, fit.Defocus.MeanDefocusAngstrom, truth.MeanDefocusAngstrom * 0.02);
    }

    [Fact]
    public void Real_ribosome_particles_give_the_deposited_defocus()
    {
        // EMPIAR-10076 particles (cryodrgn test data): the STAR file gives DefocusU/V ≈ 15,255/14,870 Å, mean ≈ 15,060 Å, 300 kV, Cs 2.7, AC 0.07.
        var stack = MrcFile.Read(SharedData.PathOf("cryodrgn/empiar_10076_7.mrc")).Stack;
        var n = stack.Width;
        var strip = new Image2D(n * stack.Count, n, 1.31);
        for (var k = 0; k < stack.Count; k++)
        {
            for (var y = 0; y < n; y++)
            {
                stack.SectionPixels(k).AsSpan(y * n, n).CopyTo(strip.Pixels.AsSpan((y * strip.Width) + (k * n), n));
            }
        }

        var fit = CtfEstimator.Estimate(strip, new CtfEstimationSettings { TileSizePixels = 256, PixelSizeAngstrom = 1.31 }, TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"EMPIAR-10076: U {fit.DefocusUAngstrom:F0} V {fit.DefocusVAngstrom:F0} angle {fit.AstigmatismAngleDegrees:F1} fit resolution {fit.FitResolutionAngstrom:F1} Å");
        Assert.Equal(15060, fit.Defocus.MeanDefocusAngstrom, 15060 * 0.02);
        Assert.InRange(fit.FitResolutionAngstrom, 3, 15);
    }

    [Fact]
    public void Images_too_small_or_without_pixel_size_are_rejected_clearly()
    {
        Assert.Throws<ArgumentException>(() => CtfEstimator.Estimate(new Image2D(40, 40, 1.0), new CtfEstimationSettings(), TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentException>(() => CtfEstimator.Estimate(new Image2D(256, 256, 0), new CtfEstimationSettings(), TestContext.Current.CancellationToken));
        Assert.Throws<ArgumentOutOfRangeException>(() => CtfEstimator.Estimate(new Image2D(256, 256, 1), new CtfEstimationSettings { MinResolutionAngstrom = 4, MaxResolutionAngstrom = 5 }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Electron_wavelength_matches_the_relativistic_values()
    {
        // Standard tabulated values: 300 kV 0.01969 Å, 200 kV 0.02508 Å, 100 kV 0.03701 Å.
        Assert.Equal(0.01969, MicroscopeOptics.ElectronWavelengthAngstrom(300), 5);
        Assert.Equal(0.02508, MicroscopeOptics.ElectronWavelengthAngstrom(200), 5);
        Assert.Equal(0.03701, MicroscopeOptics.ElectronWavelengthAngstrom(100), 5);
    }
}
