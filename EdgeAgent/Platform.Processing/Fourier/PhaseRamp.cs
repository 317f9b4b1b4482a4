using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Platform.Processing.Fourier;

/// <summary>Separable phase factors exp(-2πi(kx·sx/W + ky·sy/H)) that translate an image by (sx, sy) pixels when multiplied into its spectrum (Fourier shift theorem).</summary>
internal sealed class PhaseRamp
{
    // Column factors stored twice per complex element ([c, c]) so a whole interleaved row multiplies with 256-bit vectors.
    private readonly float[] _columnRe;
    private readonly float[] _columnIm;
    private readonly float[] _rows;

    public PhaseRamp(int width, int height, double shiftX, double shiftY)
    {
        HalfWidth = (width / 2) + 1;
        Height = height;
        _columnRe = new float[2 * HalfWidth];
        _columnIm = new float[2 * HalfWidth];
        _rows = new float[2 * height];
        for (var kx = 0; kx < HalfWidth; kx++)
        {
            var phase = -2 * Math.PI * kx * shiftX / width;
            _columnRe[2 * kx] = _columnRe[(2 * kx) + 1] = (float)Math.Cos(phase);
            _columnIm[2 * kx] = _columnIm[(2 * kx) + 1] = (float)Math.Sin(phase);
        }

        for (var row = 0; row < height; row++)
        {
            var ky = row <= height / 2 ? row : row - height;
            var phase = -2 * Math.PI * ky * shiftY / height;
            _rows[2 * row] = (float)Math.Cos(phase);
            _rows[(2 * row) + 1] = (float)Math.Sin(phase);
        }
    }

    public int HalfWidth { get; }

    public int Height { get; }

    /// <summary>destination[row] += weight · ramp · source[row] for one spectrum row.</summary>
    public void AccumulateRow(int row, ReadOnlySpan<float> source, Span<float> destination, float weight = 1f) =>
        Apply(row, source, destination, default, [], weight, twice: false);

    /// <summary>
    /// plain[row] += ramp · source[row] and weighted[row] += weights · ramp · source[row], in one pass; <paramref name="weights"/> holds
    /// each complex element's weight twice (re and im positions), 2·HalfWidth values.
    /// </summary>
    public void AccumulateRowTwice(int row, ReadOnlySpan<float> source, Span<float> plain, Span<float> weighted, ReadOnlySpan<float> weights) =>
        Apply(row, source, plain, weighted, weights, 1f, twice: true);

    /// <summary>destination += weight · ramp · source over a whole half spectrum.</summary>
    public void Accumulate(ReadOnlySpan<float> source, Span<float> destination, float weight = 1f)
    {
        var rowFloats = 2 * HalfWidth;
        for (var row = 0; row < Height; row++)
        {
            AccumulateRow(row, source.Slice(row * rowFloats, rowFloats), destination.Slice(row * rowFloats, rowFloats), weight);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot SIMD kernel: compiled optimised at once, not after tier-0 runs of the first movie
    private void Apply(int row, ReadOnlySpan<float> source, Span<float> plain, Span<float> weighted, ReadOnlySpan<float> weights, float weight, bool twice)
    {
        var ry = _rows[2 * row] * weight;
        var iy = _rows[(2 * row) + 1] * weight;
        var n = 2 * HalfWidth;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var src = ref MemoryMarshal.GetReference(source);
            ref var dst = ref MemoryMarshal.GetReference(plain);
            ref var wdst = ref MemoryMarshal.GetReference(weighted);
            ref var w = ref MemoryMarshal.GetReference(weights);
            ref var cre = ref MemoryMarshal.GetArrayDataReference(_columnRe);
            ref var cim = ref MemoryMarshal.GetArrayDataReference(_columnIm);
            var vry = Vector256.Create(ry);
            var viy = Vector256.Create(iy);
            var sign = Vector256.Create(-1f, 1f, -1f, 1f, -1f, 1f, -1f, 1f);
            for (; i <= n - 8; i += 8)
            {
                var cr = Vector256.LoadUnsafe(ref cre, (nuint)i);
                var ci = Vector256.LoadUnsafe(ref cim, (nuint)i);
                var re = (cr * vry) - (ci * viy); // ramp real part, [Re, Re] per element
                var im = ((cr * viy) + (ci * vry)) * sign; // [-Im, Im]
                var s = Vector256.LoadUnsafe(ref src, (nuint)i);
                var swapped = Vector256.Shuffle(s, Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)); // [si, sr]
                var product = (s * re) + (swapped * im); // [sr·Re − si·Im, si·Re + sr·Im]
                (Vector256.LoadUnsafe(ref dst, (nuint)i) + product).StoreUnsafe(ref dst, (nuint)i);
                if (twice)
                {
                    var weightedProduct = product * Vector256.LoadUnsafe(ref w, (nuint)i);
                    (Vector256.LoadUnsafe(ref wdst, (nuint)i) + weightedProduct).StoreUnsafe(ref wdst, (nuint)i);
                }
            }
        }

        for (; i < n; i += 2)
        {
            ScalarElement(i, ry, iy, source, plain, weighted, weights, twice);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ScalarElement(int i, float ry, float iy, ReadOnlySpan<float> source, Span<float> plain, Span<float> weighted, ReadOnlySpan<float> weights, bool twice)
    {
        var cr = (_columnRe[i] * ry) - (_columnIm[i] * iy);
        var ci = (_columnRe[i] * iy) + (_columnIm[i] * ry);
        var sr = source[i];
        var si = source[i + 1];
        var re = (sr * cr) - (si * ci);
        var im = (sr * ci) + (si * cr);
        plain[i] += re;
        plain[i + 1] += im;
        if (twice)
        {
            weighted[i] += weights[i] * re;
            weighted[i + 1] += weights[i + 1] * im;
        }
    }
}
