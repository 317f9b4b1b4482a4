using Platform.Imaging.Images;

namespace Platform.Processing.Simulation;

/// <summary>Records an intensity image with a given number of electrons per pixel: independent Poisson counts per pixel.</summary>
public static class ShotNoise
{
    public static Image2D Expose(Image2D intensity, double electronsPerPixel, int seed)
    {
        ArgumentNullException.ThrowIfNull(intensity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(electronsPerPixel);
        var rng = new SeededRandom(seed);
        var result = new Image2D(intensity.Width, intensity.Height, intensity.PixelSizeAngstrom);
        for (var i = 0; i < result.Pixels.Length; i++)
        {
            result.Pixels[i] = PoissonSampler.Sample(rng, electronsPerPixel * Math.Max(0, intensity.Pixels[i]));
        }

        return result;
    }
}
