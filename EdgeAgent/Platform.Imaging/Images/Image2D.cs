namespace Platform.Imaging.Images;

/// <summary>A single 2D float32 image (row-major, x fastest) with its pixel size in ångström.</summary>
public sealed class Image2D
{
    public Image2D(int width, int height, double pixelSizeAngstrom)
        : this(width, height, new float[checked(width * height)], pixelSizeAngstrom)
    {
    }

    public Image2D(int width, int height, float[] pixels, double pixelSizeAngstrom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != (long)width * height)
        {
            throw new ArgumentException($"Expected {(long)width * height} pixels for {width}x{height}, got {pixels.Length}.", nameof(pixels));
        }

        if (double.IsNaN(pixelSizeAngstrom) || pixelSizeAngstrom < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pixelSizeAngstrom), pixelSizeAngstrom, "Pixel size must be >= 0 (0 = unknown).");
        }

        Width = width;
        Height = height;
        Pixels = pixels;
        PixelSizeAngstrom = pixelSizeAngstrom;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Pixel values, row-major: index = y * Width + x.</summary>
    public float[] Pixels { get; }

    /// <summary>Pixel size in Å; 0 when the source did not say.</summary>
    public double PixelSizeAngstrom { get; }

    public float this[int x, int y]
    {
        get => Pixels[(y * Width) + x];
        set => Pixels[(y * Width) + x] = value;
    }

    public Span<float> Row(int y) => Pixels.AsSpan(y * Width, Width);
}
