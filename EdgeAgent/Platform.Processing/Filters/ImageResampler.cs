using Platform.Imaging.Images;

namespace Platform.Processing.Filters;

/// <summary>Bilinear resampling of small images (templates, particle projections): scaling and in-plane rotation about the centre.</summary>
public static class ImageResampler
{
    /// <summary>Scales by <paramref name="factor"/> (output pixels per input pixel); the pixel size changes accordingly.</summary>
    public static Image2D Scale(Image2D image, double factor)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        var width = Math.Max(3, (int)Math.Round(image.Width * factor));
        var height = Math.Max(3, (int)Math.Round(image.Height * factor));
        return Resample(image, width, height, 1 / factor, 0, image.PixelSizeAngstrom / factor);
    }

    /// <summary>Rotates by <paramref name="angleRadians"/> about the centre (zero outside the source).</summary>
    public static Image2D Rotate(Image2D image, double angleRadians)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Resample(image, image.Width, image.Height, 1, angleRadians, image.PixelSizeAngstrom);
    }

    private static Image2D Resample(Image2D source, int width, int height, double step, double angle, double pixel)
    {
        var result = new Image2D(width, height, pixel);
        double cs = Math.Cos(angle), sn = Math.Sin(angle);
        double scx = (source.Width - 1) / 2.0, scy = (source.Height - 1) / 2.0;
        double dcx = (width - 1) / 2.0, dcy = (height - 1) / 2.0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                double u = (x - dcx) * step, v = (y - dcy) * step;
                result[x, y] = Bilinear(source, (cs * u) + (sn * v) + scx, (-sn * u) + (cs * v) + scy);
            }
        }

        return result;
    }

    private static float Bilinear(Image2D image, double x, double y)
    {
        var x0 = (int)Math.Floor(x);
        var y0 = (int)Math.Floor(y);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= image.Width || y0 + 1 >= image.Height)
        {
            return 0;
        }

        double fx = x - x0, fy = y - y0;
        return (float)((image[x0, y0] * (1 - fx) * (1 - fy)) + (image[x0 + 1, y0] * fx * (1 - fy))
            + (image[x0, y0 + 1] * (1 - fx) * fy) + (image[x0 + 1, y0 + 1] * fx * fy));
    }
}
