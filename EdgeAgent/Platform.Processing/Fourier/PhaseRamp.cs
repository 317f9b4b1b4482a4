namespace Platform.Processing.Fourier;

/// <summary>Separable phase factors exp(-2πi(kx·sx/W + ky·sy/H)) that translate an image by (sx, sy) pixels when multiplied into its spectrum (Fourier shift theorem).</summary>
internal sealed class PhaseRamp
{
    private readonly float[] _columns;
    private readonly float[] _rows;

    public PhaseRamp(int width, int height, double shiftX, double shiftY)
    {
        HalfWidth = (width / 2) + 1;
        Height = height;
        _columns = new float[2 * HalfWidth];
        _rows = new float[2 * height];
        for (var kx = 0; kx < HalfWidth; kx++)
        {
            var phase = -2 * Math.PI * kx * shiftX / width;
            _columns[2 * kx] = (float)Math.Cos(phase);
            _columns[(2 * kx) + 1] = (float)Math.Sin(phase);
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
    public void AccumulateRow(int row, ReadOnlySpan<float> source, Span<float> destination, float weight = 1f)
    {
        var ry = _rows[2 * row] * weight;
        var iy = _rows[(2 * row) + 1] * weight;
        for (var kx = 0; kx < HalfWidth; kx++)
        {
            var cr = (_columns[2 * kx] * ry) - (_columns[(2 * kx) + 1] * iy);
            var ci = (_columns[2 * kx] * iy) + (_columns[(2 * kx) + 1] * ry);
            var sr = source[2 * kx];
            var si = source[(2 * kx) + 1];
            destination[2 * kx] += (sr * cr) - (si * ci);
            destination[(2 * kx) + 1] += (sr * ci) + (si * cr);
        }
    }

    /// <summary>plain[row] += ramp · source[row] and weighted[row] += weights · ramp · source[row], in one pass.</summary>
    public void AccumulateRowTwice(int row, ReadOnlySpan<float> source, Span<float> plain, Span<float> weighted, ReadOnlySpan<float> weights)
    {
        var ry = _rows[2 * row];
        var iy = _rows[(2 * row) + 1];
        for (var kx = 0; kx < HalfWidth; kx++)
        {
            var cr = (_columns[2 * kx] * ry) - (_columns[(2 * kx) + 1] * iy);
            var ci = (_columns[2 * kx] * iy) + (_columns[(2 * kx) + 1] * ry);
            var sr = source[2 * kx];
            var si = source[(2 * kx) + 1];
            var re = (sr * cr) - (si * ci);
            var im = (sr * ci) + (si * cr);
            plain[2 * kx] += re;
            plain[(2 * kx) + 1] += im;
            weighted[2 * kx] += weights[kx] * re;
            weighted[(2 * kx) + 1] += weights[kx] * im;
        }
    }

    /// <summary>destination += weight · ramp · source over a whole half spectrum.</summary>
    public void Accumulate(ReadOnlySpan<float> source, Span<float> destination, float weight = 1f)
    {
        var rowFloats = 2 * HalfWidth;
        for (var row = 0; row < Height; row++)
        {
            AccumulateRow(row, source.Slice(row * rowFloats, rowFloats), destination.Slice(row * rowFloats, rowFloats), weight);
        }
    }
}
