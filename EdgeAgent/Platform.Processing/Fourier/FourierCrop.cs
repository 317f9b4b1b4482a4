namespace Platform.Processing.Fourier;

/// <summary>Fourier cropping (binning in Fourier space): keeps the lowest frequencies of a half spectrum, a sharp low-pass plus down-sampling.</summary>
public static class FourierCrop
{
    /// <summary>
    /// Crops <paramref name="source"/> to the half spectrum of a <paramref name="width"/> x <paramref name="height"/> image.
    /// Values are scaled by (new pixels / old pixels) so the cropped image keeps the original's mean and contrast.
    /// </summary>
    public static Spectrum2D Crop(Spectrum2D source, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (width > source.Width || height > source.Height || width <= 0 || height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"Crop size {width}x{height} must be positive and within {source.Width}x{source.Height}.");
        }

        var result = new Spectrum2D(width, height);
        var scale = (float)((double)width * height / ((double)source.Width * source.Height));
        var halfOut = result.HalfWidth;
        for (var row = 0; row < height; row++)
        {
            var ky = row <= height / 2 ? row : row - height;
            if (ky == height / 2 && height % 2 == 0 && ky != 0)
            {
                // Keep the Nyquist row at -N/2 (the value that wraps onto it from the source).
                ky = -ky;
            }

            var sourceRow = ky >= 0 ? ky : ky + source.Height;
            var src = source.Data.AsSpan(2 * sourceRow * source.HalfWidth, 2 * halfOut);
            var dst = result.Data.AsSpan(2 * row * halfOut, 2 * halfOut);
            System.Numerics.Tensors.TensorPrimitives.Multiply(src, scale, dst);
        }

        return result;
    }
}
