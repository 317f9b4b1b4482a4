using Platform.Imaging.Images;

namespace Platform.Processing.Simulation;

/// <summary>Makes 2D particle images for synthetic micrographs: projections of a density map and in-plane rotations.</summary>
public static class ParticleTemplate
{
    /// <summary>Projects a volume along z (sums its sections) and resamples the projection to <paramref name="targetPixelAngstrom"/> with bilinear interpolation.</summary>
    public static Image2D ProjectAlongZ(ImageStack volume, double targetPixelAngstrom)
    {
        ArgumentNullException.ThrowIfNull(volume);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetPixelAngstrom);
        if (volume.PixelSizeAngstrom <= 0)
        {
            throw new ArgumentException("The volume's pixel size is unknown.", nameof(volume));
        }

        var projection = new float[volume.Width * volume.Height];
        for (var z = 0; z < volume.Count; z++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(projection, volume.SectionPixels(z), projection);
        }

        var source = new Image2D(volume.Width, volume.Height, projection, volume.PixelSizeAngstrom);
        var scale = volume.PixelSizeAngstrom / targetPixelAngstrom;
        var size = Math.Max(3, (int)Math.Round(Math.Max(volume.Width, volume.Height) * scale));
        return Resample(source, size, size, 1 / scale, 0, targetPixelAngstrom);
    }

    /// <summary>Rotates an image in-plane by <paramref name="angleRadians"/> about its centre (bilinear, zero outside).</summary>
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
                var sx = (cs * u) + (sn * v) + scx;
                var sy = (-sn * u) + (cs * v) + scy;
                result[x, y] = Bilinear(source, sx, sy);
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
