using System.Numerics;
using Platform.Imaging.Images;
using Platform.Processing.Alignment;
using Platform.Processing.Dose;
using Platform.Processing.Fourier;
using Platform.Processing.Simulation;

namespace Platform.Processing.Tests.Alignment;

public sealed class DoseWeightedSumReferenceTests
{
    [Theory]
    [InlineData(256, 256, 8, 1)]
    [InlineData(200, 144, 5, 2)]
    public void Streaming_sums_equal_a_straightforward_double_precision_reference(int width, int height, int frames, int threads)
    {
        const double pixel = 1.3, perFrame = 2.0, preExposure = 1.5, kilovolts = 300;
        var movie = DriftingNoiseMovie(width, height, frames, pixel);
        var result = MovieAligner.Align(movie, new MovieAlignmentSettings
        {
            PixelSizeAngstrom = pixel,
            ExposurePerFrameElectronsPerAngstromSquared = perFrame,
            PreExposureElectronsPerAngstromSquared = preExposure,
            VoltageKilovolts = kilovolts,
            AlignmentSizePixels = 64,
            MaxThreads = threads,
        }, TestContext.Current.CancellationToken);

        // The aligner moved frame i by s_i with Σ s_i = 0 and reports -(s_i - s_0), so s_i = mean(reported) - reported_i.
        double meanX = result.Shifts.Average(s => s.XPixels), meanY = result.Shifts.Average(s => s.YPixels);
        var corrections = result.Shifts.Select(s => (X: meanX - s.XPixels, Y: meanY - s.YPixels)).ToArray();
        var (plain, weighted) = ReferenceSums(movie, corrections, pixel, perFrame, preExposure, kilovolts);

        var plainError = MaxRelativeError(result.AlignedSum.Pixels, plain.Pixels);
        var weightedError = MaxRelativeError(result.DoseWeightedSum.Pixels, weighted.Pixels);
        TestContext.Current.TestOutputHelper?.WriteLine($"{width}x{height}x{frames}, {threads} threads: max error / max |reference| plain {plainError:E2}, dose-weighted {weightedError:E2}");
        Assert.True(plainError < 1e-5, $"plain sum differs from the reference by {plainError:E2} of its range");
        Assert.True(weightedError < 1e-5, $"dose-weighted sum differs from the reference by {weightedError:E2} of its range");
        Assert.True(MaxRelativeError(weighted.Pixels, plain.Pixels) > 1e-2, "the reference's dose weighting must differ visibly from the plain sum");
    }

    private static ImageStack DriftingNoiseMovie(int width, int height, int frames, double pixel)
    {
        var rng = new Random(17);
        var specimen = new Image2D(width, height, pixel);
        for (var i = 0; i < specimen.Pixels.Length; i++)
        {
            specimen.Pixels[i] = (float)rng.NextDouble();
        }

        var trajectory = SyntheticMovie.RandomWalk(frames, 0.7, -0.45, 0.3, 3);
        return SyntheticMovie.Generate(specimen, trajectory, electronsPerPixelPerFrame: 20, seed: 5);
    }

    /// <summary>Σ_i ramp_i·F_i and sqrt(n)·Σ_i q_i·ramp_i·F_i / sqrt(Σ_i q_i²), element by element in double precision (Grant &amp; Grigorieff 2015).</summary>
    private static (Image2D Plain, Image2D Weighted) ReferenceSums(
        ImageStack movie, (double X, double Y)[] shifts, double pixel, double perFrame, double preExposure, double kilovolts)
    {
        int width = movie.Width, height = movie.Height, n = movie.Count, halfWidth = (width / 2) + 1;
        var plain = new Complex[halfWidth * height];
        var weighted = new Complex[halfWidth * height];
        var sumSquares = new double[halfWidth * height];
        for (var i = 0; i < n; i++)
        {
            var spectrum = Fft2D.Forward(movie.Section(i));
            for (var row = 0; row < height; row++)
            {
                var ky = row <= height / 2 ? row : row - height;
                for (var kx = 0; kx < halfWidth; kx++)
                {
                    var k = (row * halfWidth) + kx;
                    var value = new Complex(spectrum.Data[2 * k], spectrum.Data[(2 * k) + 1]);
                    var shifted = value * Complex.FromPolarCoordinates(1, -2 * Math.PI * ((kx * shifts[i].X / width) + (ky * shifts[i].Y / height)));
                    var frequency = Math.Sqrt(Math.Pow(kx / (width * pixel), 2) + Math.Pow(ky / (height * pixel), 2));
                    var q = ExposureFilter.Weight(frequency, preExposure + ((i + 0.5) * perFrame), kilovolts);
                    plain[k] += shifted;
                    weighted[k] += q * shifted;
                    sumSquares[k] += q * q;
                }
            }
        }

        var plainSpectrum = new Spectrum2D(width, height);
        var weightedSpectrum = new Spectrum2D(width, height);
        for (var k = 0; k < plain.Length; k++)
        {
            var normalised = weighted[k] * Math.Sqrt(n / sumSquares[k]);
            (plainSpectrum.Data[2 * k], plainSpectrum.Data[(2 * k) + 1]) = ((float)plain[k].Real, (float)plain[k].Imaginary);
            (weightedSpectrum.Data[2 * k], weightedSpectrum.Data[(2 * k) + 1]) = ((float)normalised.Real, (float)normalised.Imaginary);
        }

        return (Fft2D.Inverse(plainSpectrum, pixel), Fft2D.Inverse(weightedSpectrum, pixel));
    }

    private static double MaxRelativeError(float[] actual, float[] expected)
    {
        double maxDifference = 0, maxValue = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            maxDifference = Math.Max(maxDifference, Math.Abs(actual[i] - expected[i]));
            maxValue = Math.Max(maxValue, Math.Abs(expected[i]));
        }

        return maxDifference / maxValue;
    }
}
