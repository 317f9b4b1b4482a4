using System.Numerics.Tensors;
using Platform.Imaging.Images;
using Platform.Processing.Dose;
using Platform.Processing.Fourier;

namespace Platform.Processing.Alignment;

/// <summary>Sums shifted frame spectra at full resolution, plain and exposure-filtered, in one pass over the data.</summary>
internal static class FrameSummer
{
    /// <summary>
    /// Dose-weighted sum = sqrt(n) · Σ q_i F_i / sqrt(Σ q_i²): the SNR-optimal weights of Grant &amp; Grigorieff (2015),
    /// normalised so the noise power stays flat and low frequencies keep the plain sum's scale.
    /// Frame i is assigned its mid-frame exposure, pre + (i + 0.5)·perFrame.
    /// </summary>
    public static (Image2D Plain, Image2D DoseWeighted, Spectrum2D DoseWeightedSpectrum) Sum(
        Spectrum2D[] spectra, (double X, double Y)[] shiftsPixels, double pixelAngstrom, MovieAlignmentSettings settings, ParallelOptions options)
    {
        var width = spectra[0].Width;
        var height = spectra[0].Height;
        var halfWidth = spectra[0].HalfWidth;
        var n = spectra.Length;
        var ramps = shiftsPixels.Select(s => new PhaseRamp(width, height, s.X, s.Y)).ToArray();
        var plain = new Spectrum2D(width, height);
        var weighted = new Spectrum2D(width, height);
        var perFrame = settings.ExposurePerFrameElectronsPerAngstromSquared;
        var doseWeighting = perFrame > 0;
        var rowFloats = 2 * halfWidth;

        // Per-row scratch holds each complex element's weight twice (re and im lanes), as PhaseRamp.AccumulateRowTwice wants.
        Parallel.For(0, height, options, () => (Q: new float[rowFloats], Step: new float[rowFloats], SumSq: new float[rowFloats]), (row, _, scratch) =>
        {
            var ky = spectra[0].SignedRowFrequency(row) / (height * pixelAngstrom);
            for (var kx = 0; kx < halfWidth; kx++)
            {
                if (!doseWeighting)
                {
                    scratch.Q[2 * kx] = scratch.Q[(2 * kx) + 1] = 1f;
                    scratch.Step[2 * kx] = scratch.Step[(2 * kx) + 1] = 1f;
                    continue;
                }

                var fx = kx / (width * pixelAngstrom);
                var s = Math.Sqrt((fx * fx) + (ky * ky));
                var ne = ExposureFilter.CriticalExposure(s, settings.VoltageKilovolts);
                scratch.Q[2 * kx] = scratch.Q[(2 * kx) + 1] = (float)Math.Exp(-(settings.PreExposureElectronsPerAngstromSquared + (0.5 * perFrame)) / (2 * ne));
                scratch.Step[2 * kx] = scratch.Step[(2 * kx) + 1] = (float)Math.Exp(-perFrame / (2 * ne));
            }

            Array.Clear(scratch.SumSq);
            var plainRow = plain.Data.AsSpan(row * rowFloats, rowFloats);
            var weightedRow = weighted.Data.AsSpan(row * rowFloats, rowFloats);
            for (var i = 0; i < n; i++)
            {
                var source = spectra[i].Data.AsSpan(row * rowFloats, rowFloats);
                ramps[i].AccumulateRowTwice(row, source, plainRow, weightedRow, scratch.Q);
                TensorPrimitives.MultiplyAdd(scratch.Q, scratch.Q, scratch.SumSq, scratch.SumSq);
                TensorPrimitives.Multiply(scratch.Q, scratch.Step, scratch.Q);
            }

            // weighted *= sqrt(n) / sqrt(Σq²), element-wise (a zero Σq² leaves zero).
            var sqrtN = MathF.Sqrt(n);
            for (var k = 0; k < rowFloats; k++)
            {
                weightedRow[k] *= scratch.SumSq[k] > 1e-30f ? sqrtN / MathF.Sqrt(scratch.SumSq[k]) : 0f;
            }

            return scratch;
        }, _ => { });

        // The two inverse transforms are independent single-threaded FFTW calls: run them side by side when threads allow.
        Image2D? plainImage = null, weightedImage = null;
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = options.CancellationToken },
            () => plainImage = Fft2D.Inverse(plain, pixelAngstrom),
            () => weightedImage = doseWeighting ? Fft2D.Inverse(weighted, pixelAngstrom) : null);
        weightedImage ??= plainImage!;
        return (plainImage!, weightedImage, doseWeighting ? weighted : plain);
    }
}
