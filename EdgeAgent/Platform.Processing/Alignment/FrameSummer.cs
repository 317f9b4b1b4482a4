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
    public static (Image2D Plain, Image2D DoseWeighted) Sum(
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

        Parallel.For(0, height, options, () => (Q: new float[halfWidth], Step: new float[halfWidth], SumSq: new float[halfWidth]), (row, _, scratch) =>
        {
            var ky = spectra[0].SignedRowFrequency(row) / (height * pixelAngstrom);
            for (var kx = 0; kx < halfWidth; kx++)
            {
                if (!doseWeighting)
                {
                    scratch.Q[kx] = 1f;
                    scratch.Step[kx] = 1f;
                    continue;
                }

                var fx = kx / (width * pixelAngstrom);
                var s = Math.Sqrt((fx * fx) + (ky * ky));
                var ne = ExposureFilter.CriticalExposure(s, settings.VoltageKilovolts);
                scratch.Q[kx] = (float)Math.Exp(-(settings.PreExposureElectronsPerAngstromSquared + (0.5 * perFrame)) / (2 * ne));
                scratch.Step[kx] = (float)Math.Exp(-perFrame / (2 * ne));
            }

            Array.Clear(scratch.SumSq);
            var plainRow = plain.Data.AsSpan(row * rowFloats, rowFloats);
            var weightedRow = weighted.Data.AsSpan(row * rowFloats, rowFloats);
            for (var i = 0; i < n; i++)
            {
                var source = spectra[i].Data.AsSpan(row * rowFloats, rowFloats);
                ramps[i].AccumulateRowTwice(row, source, plainRow, weightedRow, scratch.Q);
                for (var kx = 0; kx < halfWidth; kx++)
                {
                    scratch.SumSq[kx] += scratch.Q[kx] * scratch.Q[kx];
                    scratch.Q[kx] *= scratch.Step[kx];
                }
            }

            var sqrtN = MathF.Sqrt(n);
            for (var kx = 0; kx < halfWidth; kx++)
            {
                var norm = scratch.SumSq[kx] > 1e-30f ? sqrtN / MathF.Sqrt(scratch.SumSq[kx]) : 0f;
                weightedRow[2 * kx] *= norm;
                weightedRow[(2 * kx) + 1] *= norm;
            }

            return scratch;
        }, _ => { });

        var plainImage = Fft2D.Inverse(plain, pixelAngstrom);
        var weightedImage = doseWeighting ? Fft2D.Inverse(weighted, pixelAngstrom) : plainImage;
        return (plainImage, weightedImage);
    }
}
