using System.Runtime.CompilerServices;
using System.Numerics.Tensors;
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
    private const int MaxBatch = 4;

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

        // Exactly one accumulator per worker: frames are handed out in batches by a shared counter, so at most `workers` sum pairs
        // exist. A worker transforms a batch of frames into its own FFTW buffers, then passes over its sums once for the whole batch:
        // the sums' memory traffic (the bottleneck of this loop) is paid once per batch instead of once per frame.
        var workers = Math.Min(n, options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount);
        var batch = Math.Min(MaxBatch, (n + workers - 1) / workers);
        var sums = new (Spectrum2D Plain, Spectrum2D? Weighted)[workers];
        var next = 0;
        Parallel.For(0, workers, options, worker =>
        {
            var plain = new Spectrum2D(width, height);
            var weighted = weights is null ? null : new Spectrum2D(width, height);
            var spectra = new AlignedBuffer[batch];
            try
            {
                for (var j = 0; j < batch; j++)
                {
                    spectra[j] = new AlignedBuffer(rowFloats * (long)height);
                }

                var ramps = new PhaseRamp[batch];
                var exposures = new float[batch];
                var scratch = new float[halfWidth];
                var rowWeights = new float[rowFloats];
                for (var first = Interlocked.Add(ref next, batch) - batch; first < n; first = Interlocked.Add(ref next, batch) - batch)
                {
                    var count = Math.Min(batch, n - first);
                    for (var j = 0; j < count; j++)
                    {
                        options.CancellationToken.ThrowIfCancellationRequested();
                        ramps[j] = new PhaseRamp(width, height, shiftsPixels[first + j].X, shiftsPixels[first + j].Y);
                        exposures[j] = weights?.ExposureOf(first + j) ?? 0f;
                        Fft2D.Forward(movie.SectionPixels(first + j), width, height, spectra[j]);
                    }

                    AccumulateBatch(spectra.AsSpan(0, count), ramps, exposures, weights, plain, weighted, scratch, rowWeights);
                }
            }
            finally
            {
                foreach (var buffer in spectra)
                {
                    buffer?.Dispose();
                }
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

    /// <summary>plain += Σ_j ramp_j · spectrum_j and weighted += Σ_j q_j · ramp_j · spectrum_j, row by row (weighted is null without dose weighting).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot SIMD kernel: compiled optimised at once, not after tier-0 runs of the first movie
    private static void AccumulateBatch(
        ReadOnlySpan<AlignedBuffer> spectra, PhaseRamp[] ramps, float[] exposures, ExposureWeightTable? weights, Spectrum2D plain, Spectrum2D? weighted,
        float[] scratch, float[] rowWeights)
    {
        var rowFloats = 2 * ramps[0].HalfWidth;
        for (var row = 0; row < ramps[0].Height; row++)
        {
            var plainRow = plain.Data.AsSpan(row * rowFloats, rowFloats);
            var weightedRow = weighted is null ? default : weighted.Data.AsSpan(row * rowFloats, rowFloats);
            for (var j = 0; j < spectra.Length; j++)
            {
                var source = spectra[j].Span.Slice(row * rowFloats, rowFloats);
                if (weights is null)
                {
                    ramps[j].AccumulateRow(row, source, plainRow);
                    continue;
                }

                weights.RowWeights(row, exposures[j], scratch, rowWeights);
                ramps[j].AccumulateRowTwice(row, source, plainRow, weightedRow, rowWeights);
            }
        }
    }
}
