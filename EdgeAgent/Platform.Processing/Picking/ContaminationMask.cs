namespace Platform.Processing.Picking;

/// <summary>
/// Flags areas unfit for picking: where the image smoothed over one particle radius is far darker than typical
/// (robust z-score above the limit) — ice contamination, carbon, thick ice — grown by one particle radius.
/// Only the dark side counts: crowded particles raise local variance and brightness of the inverted image far less
/// than contamination, and a variance test rejected dense, good areas in testing.
/// </summary>
internal static class ContaminationMask
{
    public static bool[]? Build(WorkingImage image, double sigmaLimit)
    {
        if (sigmaLimit <= 0)
        {
            return null;
        }

        var r = image.RadiusPixels;
        var smoothingSigma = r;
        double Gauss(double f, double sigma) => Math.Exp(-2 * Math.PI * Math.PI * sigma * sigma * f * f);

        // The working image has particles bright, so contamination (dark in the micrograph) is bright here too.
        var sign = image.ParticlesAreDark ? 1f : -1f;
        var mean = image.Filtered(f => Gauss(f, smoothingSigma));
        var flagged = new bool[mean.Length];
        var any = false;
        var (median, sigma) = RobustStatistics.Of(mean);
        if (sigma > 0)
        {
            for (var i = 0; i < mean.Length; i++)
            {
                if (sign * (mean[i] - median) > sigmaLimit * sigma)
                {
                    flagged[i] = true;
                    any = true;
                }
            }
        }

        return any ? Grow(flagged, image.Width, image.Height, (int)Math.Ceiling(r)) : null;
    }

    private static bool[] Grow(bool[] mask, int width, int height, int radius)
    {
        var grown = new bool[mask.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (!mask[(y * width) + x])
                {
                    continue;
                }

                for (var dy = -radius; dy <= radius; dy++)
                {
                    for (var dx = -radius; dx <= radius; dx++)
                    {
                        int gx = x + dx, gy = y + dy;
                        if ((dx * dx) + (dy * dy) <= radius * radius && gx >= 0 && gy >= 0 && gx < width && gy < height)
                        {
                            grown[(gy * width) + gx] = true;
                        }
                    }
                }
            }
        }

        return grown;
    }
}
