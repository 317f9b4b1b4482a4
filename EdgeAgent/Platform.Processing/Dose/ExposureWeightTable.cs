using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace Platform.Processing.Dose;

/// <summary>
/// Per-frequency factors of the Grant &amp; Grigorieff (2015) exposure filter over one half spectrum, computed once per
/// (size, pixel, voltage, exposures, frame count) and reused for movie after movie: the exponent rate −1/(2·Ne(k)), so frame i's
/// weight is q_i(k) = exp(rate(k)·N_i) at its mid-frame exposure N_i, and the normalisation sqrt(n / Σ_i q_i(k)²).
/// </summary>
internal sealed class ExposureWeightTable
{
    private static readonly Lock _gate = new();
    private static ExposureWeightTable? _latest;

    private readonly float[] _rate;
    private readonly float[] _normalisation;

    private ExposureWeightTable(Key key, ParallelOptions options)
    {
        KeyOf = key;
        var halfWidth = (key.Width / 2) + 1;
        _rate = new float[halfWidth * key.Height];
        _normalisation = new float[halfWidth * key.Height];
        var n = key.Frames;
        // Rows ky and -ky hold the same frequencies: compute rows 0..H/2 and copy them to their mirror rows.
        Parallel.For(0, (key.Height / 2) + 1, options, row =>
        {
            var ky = row / (key.Height * key.PixelAngstrom);
            for (var kx = 0; kx < halfWidth; kx++)
            {
                var fx = kx / (key.Width * key.PixelAngstrom);
                var rate = -1 / (2 * ExposureFilter.CriticalExposure(Math.Sqrt((fx * fx) + (ky * ky)), key.VoltageKilovolts));
                var index = (row * halfWidth) + kx;
                _rate[index] = (float)rate;

                // Σ_i q_i² = Σ_i exp(2·rate·(pre + (i + ½)·perFrame)), a geometric series a·(1 − g^n)/(1 − g).
                var a = Math.Exp(2 * rate * (key.PreExposure + (0.5 * key.PerFrame)));
                var g = Math.Exp(2 * rate * key.PerFrame);
                var sumOfSquares = g == 1 ? n * a : a * (1 - Math.Exp(2 * rate * key.PerFrame * n)) / (1 - g);
                _normalisation[index] = sumOfSquares > 1e-30 ? (float)Math.Sqrt(n / sumOfSquares) : 0f;
            }

            var mirror = key.Height - row;
            if (row > 0 && mirror > key.Height / 2)
            {
                _rate.AsSpan(row * halfWidth, halfWidth).CopyTo(_rate.AsSpan(mirror * halfWidth, halfWidth));
                _normalisation.AsSpan(row * halfWidth, halfWidth).CopyTo(_normalisation.AsSpan(mirror * halfWidth, halfWidth));
            }
        });
    }

    private Key KeyOf { get; }

    /// <summary>The table for these parameters: the cached one when they match the last request, else a new one (which replaces it).</summary>
    public static ExposureWeightTable For(
        int width, int height, double pixelAngstrom, double voltageKilovolts, double preExposure, double perFrame, int frames, ParallelOptions options)
    {
        var key = new Key(width, height, pixelAngstrom, voltageKilovolts, preExposure, perFrame, frames);
        lock (_gate)
        {
            if (_latest?.KeyOf == key)
            {
                return _latest;
            }
        }

        var table = new ExposureWeightTable(key, options);
        lock (_gate)
        {
            _latest = table;
        }

        return table;
    }

    /// <summary>Mid-frame exposure of frame <paramref name="frame"/> (e⁻/Å²): pre + (frame + ½)·perFrame.</summary>
    public float ExposureOf(int frame) => (float)(KeyOf.PreExposure + ((frame + 0.5) * KeyOf.PerFrame));

    /// <summary>
    /// Writes row <paramref name="row"/>'s weights q(k) = exp(rate(k)·exposure) twice per complex element (re and im lanes) into
    /// <paramref name="weightsTwice"/>; <paramref name="scratch"/> holds one value per element.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot SIMD kernel: compiled optimised at once, not after tier-0 runs of the first movie
    public void RowWeights(int row, float exposure, Span<float> scratch, Span<float> weightsTwice)
    {
        var halfWidth = scratch.Length;
        TensorPrimitives.Multiply(_rate.AsSpan(row * halfWidth, halfWidth), exposure, scratch);
        TensorPrimitives.Exp(scratch, scratch);
        for (var k = 0; k < halfWidth; k++)
        {
            weightsTwice[2 * k] = weightsTwice[(2 * k) + 1] = scratch[k];
        }
    }

    /// <summary>Multiplies row <paramref name="row"/> of an interleaved half spectrum by sqrt(n / Σ q²) per element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot SIMD kernel: compiled optimised at once, not after tier-0 runs of the first movie
    public void NormaliseRow(int row, Span<float> spectrumRow)
    {
        var halfWidth = spectrumRow.Length / 2;
        var factors = _normalisation.AsSpan(row * halfWidth, halfWidth);
        for (var k = 0; k < halfWidth; k++)
        {
            spectrumRow[2 * k] *= factors[k];
            spectrumRow[(2 * k) + 1] *= factors[k];
        }
    }

    private sealed record Key(int Width, int Height, double PixelAngstrom, double VoltageKilovolts, double PreExposure, double PerFrame, int Frames);
}
