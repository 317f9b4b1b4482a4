namespace Platform.Imaging.Images;

/// <summary>An ordered stack of equally sized 2D float32 sections: a movie, a particle stack or a volume's z-slices.</summary>
public sealed class ImageStack
{
    private readonly float[][] _sections;

    public ImageStack(int width, int height, IEnumerable<float[]> sections, double pixelSizeAngstrom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(sections);
        _sections = sections.ToArray();
        if (_sections.Length == 0)
        {
            throw new ArgumentException("A stack needs at least one section.", nameof(sections));
        }

        foreach (var s in _sections)
        {
            if (s is null || s.Length != (long)width * height)
            {
                throw new ArgumentException($"Every section must hold {(long)width * height} pixels.", nameof(sections));
            }
        }

        if (double.IsNaN(pixelSizeAngstrom) || pixelSizeAngstrom < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pixelSizeAngstrom), pixelSizeAngstrom, "Pixel size must be >= 0 (0 = unknown).");
        }

        Width = width;
        Height = height;
        PixelSizeAngstrom = pixelSizeAngstrom;
    }

    /// <summary>Wraps a single image as a one-section stack (shares its pixel array).</summary>
    public static ImageStack FromImage(Image2D image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return new ImageStack(image.Width, image.Height, [image.Pixels], image.PixelSizeAngstrom);
    }

    public int Width { get; }

    public int Height { get; }

    public int Count => _sections.Length;

    /// <summary>Pixel size in Å; 0 when the source did not say.</summary>
    public double PixelSizeAngstrom { get; }

    /// <summary>The raw pixel array of section <paramref name="index"/> (shared, not copied).</summary>
    public float[] SectionPixels(int index) => _sections[index];

    /// <summary>Section <paramref name="index"/> as an image sharing this stack's pixel array.</summary>
    public Image2D Section(int index) => new(Width, Height, _sections[index], PixelSizeAngstrom);
}
