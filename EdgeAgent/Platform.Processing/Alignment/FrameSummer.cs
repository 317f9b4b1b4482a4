using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using Platform.Imaging.Images;
using Platform.Processing.Dose;
using Platform.Processing.Fourier;

namespace Platform.Processing.Alignment;

/// <summary>
/// Sums shifted frames at full resolution, plain and exposure-filtered, streaming: each frame is transformed once and its spectrum is
/// accumulated straight from FFTW's output buffer into per-thread sums, so no frame spectrum is kept.
/// </summary>
internal static class FrameSummer
{
    /// <summary>
    /// Dose-weighted sum = sqrt(n) · Σ q_i F_i / sqrt(Σ q_i²): the SNR-optimal weights of Grant &amp; Grigorieff (2015),
    /// normalised so the noise power stays flat and low frequencies keep the plain sum's scale.
    /// Frame i is assigned its mid-frame exposure, pre + (i + 0.5)·perFrame. Frame i is moved by shiftsPixels[i].
    /// </summary>
    public static (Image2D Plain, Image2D DoseWeighted, Spectrum2D DoseWeightedSpectrum) Sum(
        ImageStack movie, (double X, double Y)[] shiftsPixels, double pixelAngstrom, MovieAlignmentSettings settings, ParallelOptions options)
    {
        int width = movie.Width, height = movie.Height, n = movie.Count;
        var halfWidth = (width / 2) + 1;
        var rowFloats = 2 * halfWidth;
        var perFrame = settings.ExposurePerFrameElectronsPerAngstromSquared;
        var weights = perFrame > 0
            ? ExposureWeightTable.For(width, height, pixelAngstrom, settings.VoltageKilovolts, settings.PreExposureElectronsPerAngstromSquared, perFrame, n, options)
            : null;

        // Exactly one accumulator per worker: frames are handed out by a shared counter, so at most `workers` sum pairs exist.
        var workers = Math.Min(n, options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount);
        var sums = new (Spectrum2D Plain, Spectrum2D? Weighted)[workers];
        var next = -1;
        Parallel.For(0, workers, options, worker =>
        {
            var plain = new Spectrum2D(width, height);
            var weighted = weights is null ? null : new Spectrum2D(width, height);
            var scratch = new float[halfWidth];
            var rowWeights = new float[rowFloats];
            for (var i = Interlocked.Increment(ref next); i < n; i = Interlocked.Increment(ref next))
            {
                options.CancellationToken.ThrowIfCancellationRequested();
                var ramp = new PhaseRamp(width, height, shiftsPixels[i].X, shiftsPixels[i].Y);
                var exposure = weights?.ExposureOf(i) ?? 0f;
                Fft2D.Forward(movie.SectionPixels(i), width, height, spectrum => AccumulateFrame(spectrum, ramp, weights, exposure, plain, weighted, scratch, rowWeights));
            }

            sums[worker] = (plain, weighted);
        });

        var (plainSum, weightedSum) = sums[0];
        Parallel.For(0, height, options, row =>
        {
            var plainRow = plainSum.Data.AsSpan(row * rowFloats, rowFloats);
            var weightedRow = weightedSum is null ? default : weightedSum.Data.AsSpan(row * rowFloats, rowFloats);
            for (var w = 1; w < workers; w++)
            {
                TensorPrimitives.Add(plainRow, sums[w].Plain.Data.AsSpan(row * rowFloats, rowFloats), plainRow);
                if (weightedSum is not null)
                {
                    TensorPrimitives.Add(weightedRow, sums[w].Weighted!.Data.AsSpan(row * rowFloats, rowFloats), weightedRow);
                }
            }

            weights?.NormaliseRow(row, weightedRow);
        });

        // The two inverse transforms are independent single-threaded FFTW calls: run them side by side when threads allow.
        Image2D? plainImage = null, weightedImage = null;
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = options.CancellationToken },
            () => plainImage = Fft2D.Inverse(plainSum, pixelAngstrom),
            () => weightedImage = weightedSum is null ? null : Fft2D.Inverse(weightedSum, pixelAngstrom));
        weightedImage ??= plainImage!;
        return (plainImage!, weightedImage, weightedSum ?? plainSum);
    }

    /// <summary>plain += ramp · spectrum and weighted += q(exposure) · ramp · spectrum, row by row (weighted is null without dose weighting).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot SIMD kernel: compiled optimised at once, not after tier-0 runs of the first movie
    private static void AccumulateFrame(
        ReadOnlySpan<float> spectrum, PhaseRamp ramp, ExposureWeightTable? weights, float exposure, Spectrum2D plain, Spectrum2D? weighted, float[] scratch, float[] rowWeights)
    {
        var rowFloats = 2 * ramp.HalfWidth;
        for (var row = 0; row < ramp.Height; row++)
        {
            var source = spectrum.Slice(row * rowFloats, rowFloats);
            var plainRow = plain.Data.AsSpan(row * rowFloats, rowFloats);
            if (weights is null)
            {
                ramp.AccumulateRow(row, source, plainRow);
                continue;
            }

            weights.RowWeights(row, exposure, scratch, rowWeights);
            ramp.AccumulateRowTwice(row, source, plainRow, weighted!.Data.AsSpan(row * rowFloats, rowFloats), rowWeights);
        }
    }
}
