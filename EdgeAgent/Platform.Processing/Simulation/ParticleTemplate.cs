using Platform.Imaging.Images;
using Platform.Processing.Filters;

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
        return ImageResampler.Scale(source, volume.PixelSizeAngstrom / targetPixelAngstrom);
    }

    /// <summary>Rotates an image in-plane by <paramref name="angleRadians"/> about its centre (bilinear, zero outside).</summary>
    public static Image2D Rotate(Image2D image, double angleRadians)
    {
        return ImageResampler.Rotate(image, angleRadians);
    }
}
