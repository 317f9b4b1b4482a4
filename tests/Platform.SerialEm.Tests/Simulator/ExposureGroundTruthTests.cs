using Platform.MicroscopeSimulator.GroundTruth;
using Platform.MicroscopeSimulator.Hardware;
using Platform.MicroscopeSimulator.Rendering;

namespace Platform.SerialEm.Tests.Simulator;

public sealed class ExposureGroundTruthTests
{
    private static ExposureRequest Request(int seed, double dose = 400, double astigmatism = 300) => new(
        SizePixels: 256, MovieSizePixels: 128, PixelSizeAngstrom: 2, new ContrastTransfer(15_000 + (astigmatism / 2), 15_000 - (astigmatism / 2), 30),
        DoseElectronsPerAngstromSquared: dose, FrameCount: 6, ParticleCount: 12, ParticleRadiusAngstrom: 40, DriftScale: 3, IceTransmission: 0.9,
        IceThicknessNanometers: 37, new StagePoint(1, 2), seed);

    [Fact]
    public void Frame_shifts_measured_by_cross_correlation_match_the_ground_truth_trajectory()
    {
        // A high dose keeps shot noise from hiding the (deliberately weak) particle contrast: this checks geometry, not sensitivity.
        var frames = ExposureRenderer.RenderFrames(Request(seed: 5, dose: 20_000), out var truth);
        var first = new BufferedImage(256, 256, frames[0], 1, 1, null);

        Assert.Equal(new PixelPoint(0, 0), truth.FrameShiftsPixels[0]);
        Assert.True(Math.Abs(truth.FrameShiftsPixels[^1].X) + Math.Abs(truth.FrameShiftsPixels[^1].Y) > 3, "the trajectory must actually drift");
        for (var i = 1; i < frames.Count; i++)
        {
            var (dx, dy) = CrossCorrelation.PeakShift(new BufferedImage(256, 256, frames[i], 1, 1, null), first);
            Assert.True(Math.Abs(dx - truth.FrameShiftsPixels[i].X) <= 1 && Math.Abs(dy - truth.FrameShiftsPixels[i].Y) <= 1,
                $"frame {i}: measured ({dx}, {dy}), truth ({truth.FrameShiftsPixels[i].X:0.00}, {truth.FrameShiftsPixels[i].Y:0.00})");
        }
    }

    [Fact]
    public void Mean_counts_per_frame_equal_the_dose_times_pixel_area_times_ice_transmission()
    {
        var frames = ExposureRenderer.RenderFrames(Request(seed: 6, dose: 60), out var truth);

        var expected = 60.0 * 2 * 2 / 6 * 0.9;
        Assert.All(frames, f => Assert.Equal(expected, f.Average(p => (double)p), expected * 0.02));
        Assert.Equal(60, truth.TotalDoseElectronsPerAngstromSquared);
        Assert.Equal((15_150.0, 14_850.0, 30.0), (truth.DefocusUAngstrom, truth.DefocusVAngstrom, truth.AstigmatismAngleDegrees));
    }

    [Fact]
    public void Particles_do_not_overlap_and_stay_inside_the_image()
    {
        ExposureRenderer.RenderFrames(Request(seed: 7), out var truth);

        Assert.Equal(12, truth.Particles.Count);
        Assert.All(truth.Particles, p => Assert.InRange(p.CenterPixels.X, 20, 235));
        foreach (var a in truth.Particles)
        {
            Assert.All(truth.Particles.Where(b => b != a), b =>
                Assert.True(Math.Sqrt(Math.Pow(a.CenterPixels.X - b.CenterPixels.X, 2) + Math.Pow(a.CenterPixels.Y - b.CenterPixels.Y, 2)) > 40));
        }
    }

    [Fact]
    public void Rendered_power_spectrum_has_its_first_minimum_at_the_first_CTF_zero()
    {
        var request = Request(seed: 8, dose: 5000, astigmatism: 0) with { ParticleCount = 40, ParticleRadiusAngstrom = 12 };
        var frames = ExposureRenderer.RenderFrames(request, out _);
        var spectrum = RadialPowerSpectrum(frames[0], 256);

        // First zero of −sin(χ + asin A) at χ = π − asin A; Cs negligible this close to the origin.
        var lambda = request.Ctf.WavelengthAngstrom;
        var k1 = Math.Sqrt((1 - (Math.Asin(0.07) / Math.PI)) / (lambda * 15_000));
        var expectedBin = k1 * 256 * 2;
        var searchFrom = (int)(expectedBin * 0.6);
        var minimum = Enumerable.Range(searchFrom, (int)(expectedBin * 0.8)).MinBy(b => spectrum[b]);
        Assert.InRange(minimum, expectedBin - 2, expectedBin + 2);
    }

    [Fact]
    public void Ctf_wavelength_and_zero_are_known_answers()
    {
        var ctf = new ContrastTransfer(20_000, 20_000, 0, VoltageKilovolts: 300);

        Assert.Equal(0.019687, ctf.WavelengthAngstrom, 5);
        Assert.Equal(-0.07, ctf.At(0, 0), 12);
        var k1 = Math.Sqrt((1 - (Math.Asin(0.07) / Math.PI)) / (ctf.WavelengthAngstrom * 20_000));
        Assert.True(Math.Sign(ctf.At(k1 * 0.98, 0)) != Math.Sign(ctf.At(k1 * 1.02, 0)));
        Assert.Equal(0.0, ctf.At(k1, 0), 2);
    }

    [Fact]
    public void Same_seed_renders_identical_frames()
    {
        var a = ExposureRenderer.RenderFrames(Request(seed: 9), out var ta);
        var b = ExposureRenderer.RenderFrames(Request(seed: 9), out var tb);

        Assert.Equal(a[3], b[3]);
        Assert.Equal(ta.FrameShiftsPixels, tb.FrameShiftsPixels);
    }

    private static double[] RadialPowerSpectrum(float[] image, int n)
    {
        var mean = image.Average(p => (double)p);
        var re = image.Select(p => p - mean).ToArray();
        var im = new double[n * n];
        MicroscopeSimulator.Fourier.Fft2D.Transform(re, im, n, inverse: false);
        var sums = new double[n];
        var counts = new int[n];
        for (var y = 0; y < n; y++)
        {
            for (var x = 0; x < n; x++)
            {
                var r = (int)Math.Round(Math.Sqrt(Math.Pow(MicroscopeSimulator.Fourier.Fft2D.Frequency(x, n), 2) + Math.Pow(MicroscopeSimulator.Fourier.Fft2D.Frequency(y, n), 2)));
                if (r < n / 2)
                {
                    sums[r] += (re[(y * n) + x] * re[(y * n) + x]) + (im[(y * n) + x] * im[(y * n) + x]);
                    counts[r]++;
                }
            }
        }

        return sums.Select((s, i) => counts[i] > 0 ? s / counts[i] : double.MaxValue).ToArray();
    }
}
