namespace Platform.Processing.Fourier;

/// <summary>The Hermitian half of a real image's 2D Fourier transform: (Width/2+1) x Height complex values, interleaved re/im, FFTW layout.</summary>
public sealed class Spectrum2D
{
    public Spectrum2D(int width, int height)
        : this(width, height, new float[2L * ((width / 2) + 1) * height])
    {
    }

    public Spectrum2D(int width, int height, float[] data)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length != 2L * ((width / 2) + 1) * height)
        {
            throw new ArgumentException($"A {width}x{height} half spectrum needs {2L * ((width / 2) + 1) * height} floats.", nameof(data));
        }

        Width = width;
        Height = height;
        Data = data;
    }

    /// <summary>Width of the real image this is the transform of.</summary>
    public int Width { get; }

    public int Height { get; }

    /// <summary>Complex values per row (Width/2 + 1).</summary>
    public int HalfWidth => (Width / 2) + 1;

    /// <summary>Interleaved (re, im) values; the element for frequency column kx (0..Width/2) and row ky is at 2*(ky*HalfWidth + kx).</summary>
    public float[] Data { get; }

    /// <summary>Signed frequency index of row <paramref name="row"/> (rows past Height/2 are negative frequencies).</summary>
    public int SignedRowFrequency(int row) => row <= Height / 2 ? row : row - Height;

    public Spectrum2D Clone() => new(Width, Height, (float[])Data.Clone());
}
