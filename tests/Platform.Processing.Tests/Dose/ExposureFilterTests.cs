using Platform.Imaging.Images;
using Platform.Processing.Alignment;
using Platform.Processing.Dose;
using Platform.Processing.Fourier;

namespace Platform.Processing.Tests.Dose;

public sealed class ExposureFilterTests
{
    [Fact]
    public void Critical_exposure_follows_grant_and_grigorieff_at_300_and_200_kV()
    {
        // 0.245 · 0.1^-1.665 + 2.81 = 0.245 · 46.238 + 2.81 = 14.138 e/Å² at 10 Å resolution, 300 kV.
        Assert.Equal(14.138, ExposureFilter.CriticalExposure(0.1, 300), 2);
        Assert.Equal(14.138 * 0.8, ExposureFilter.CriticalExposure(0.1, 200), 2);
        Assert.Equal(Math.Exp(-1), ExposureFilter.Weight(0.1, 2 * 14.138, 300), 3);
        Assert.Equal(1.0, ExposureFilter.Weight(0, 100, 300));
    }

    [Fact]
    public void Dose_weighted_sum_keeps_low_frequencies_and_damps_high_ones()
    {
        const int size = 64, frames = 10;
        const double pixel = 1.0;
        var rng = new Random(5);
        var image = new float[size * size];
        for (var i = 0; i < image.Length; i++)
        {
            image[i] = (float)rng.NextDouble();
        }

        var movie = new ImageStack(size, size, Enumerable.Range(0, frames).Select(_ => (float[])image.Clone()), pixel);
        var result = MovieAligner.Align(movie, new MovieAlignmentSettings { ExposurePerFrameElectronsPerAngstromSquared = 4, MaxIterations = 1 }, TestContext.Current.CancellationToken);
        var plain = Fft2D.Forward(result.AlignedSum);
        var weighted = Fft2D.Forward(result.DoseWeightedSum);

        double Amplitude(Spectrum2D s, int kx, int row) => Math.Sqrt(Math.Pow(s.Data[2 * ((row * s.HalfWidth) + kx)], 2) + Math.Pow(s.Data[(2 * ((row * s.HalfWidth) + kx)) + 1], 2));

        // DC: weights are all 1, so sqrt(n)·Σq/sqrt(Σq²) = n, same as the plain sum.
        Assert.Equal(Amplitude(plain, 0, 0), Amplitude(weighted, 0, 0), 1);

        // At 1/(2 Å), frame i keeps q_i = exp(-4(i+0.5)/(2·Ne)); expected ratio sqrt(n)·Σq/sqrt(Σq²) / n.
        var ne = ExposureFilter.CriticalExposure(0.5, 300);
        var q = Enumerable.Range(0, frames).Select(i => Math.Exp(-4 * (i + 0.5) / (2 * ne))).ToArray();
        var expectedRatio = Math.Sqrt(frames) * q.Sum() / Math.Sqrt(q.Sum(v => v * v)) / frames;
        Assert.Equal(expectedRatio, Amplitude(weighted, size / 2, 0) / Amplitude(plain, size / 2, 0), 3);
        Assert.True(expectedRatio < 0.8);
    }
}
