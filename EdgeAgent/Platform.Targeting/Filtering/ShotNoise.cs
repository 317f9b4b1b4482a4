using Platform.Imaging.Images;

namespace Platform.Targeting.Filtering;

/// <summary>Shot-noise model: pixel variance = gain × mean intensity; the gain is estimated from the image itself.</summary>
public static class ShotNoise
{
    /// <summary>
    /// d = p − mean of its 4 neighbours has variance 1.25·σ² on flat ground. With σ² = g·I, d²/(1.25·I) is g·χ²₁, whose median is
    /// 0.4549·g; the median over the image ignores edges and features. Returns 1 for images without positive intensity.
    /// </summary>
    public static double EstimateGain(Image2D image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var ratios = new List<double>(image.Pixels.Length);
        for (var y = 1; y < image.Height - 1; y++)
        {
            for (var x = 1; x < image.Width - 1; x++)
            {
                var p = image[x, y];
                if (p <= 0)
                {
                    continue;
                }

                var d = p - ((image[x - 1, y] + image[x + 1, y] + image[x, y - 1] + image[x, y + 1]) / 4.0);
                ratios.Add(d * d / (1.25 * p));
            }
        }

        if (ratios.Count == 0)
        {
            return 1;
        }

        ratios.Sort();
        var gain = ratios[ratios.Count / 2] / 0.4549;
        return gain > 0 ? gain : 1;
    }
}
