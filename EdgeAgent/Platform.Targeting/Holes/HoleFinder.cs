using Platform.Imaging.Images;
using Platform.Targeting.Filtering;

namespace Platform.Targeting.Holes;

/// <summary>
/// Classical hole finding on a square (Search) image for a known hole type. Each pixel compares the mean inside a hole-sized box with
/// four film boxes half a pitch away on the axes (between the hole and its neighbours); its score is the contrast over the brightest
/// of them (so the edge of a dark bar or of bright torn film scores low) divided by the shot-noise σ of that difference. Holes are local maxima of the score at least ~0.7 pitch apart with score ≥ <see cref="MinimumScore"/>.
/// </summary>
public static class HoleFinder
{
    /// <summary>Contrast in noise σ a hole must reach; local-maximum suppression over ~0.7 pitch keeps noise peaks rare at 3.5σ.</summary>
    public const double MinimumScore = 3.5;

    public static IReadOnlyList<HoleCandidate> Find(Image2D image, double holeDiameterMicrons, double holePitchMicrons)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.PixelSizeAngstrom <= 0 || holeDiameterMicrons <= 0 || holePitchMicrons <= holeDiameterMicrons)
        {
            throw new ArgumentException("Need a pixel size and a hole pitch larger than the hole diameter.", nameof(image));
        }

        var pixelMicrons = image.PixelSizeAngstrom / 10_000;
        var r = holeDiameterMicrons / 2 / pixelMicrons;
        // Film boxes sit midway between a hole's edge (r) and its neighbour's edge (pitch − r): half a pitch out.
        var filmDistance = holePitchMicrons / 2 / pixelMicrons;
        var filmHalf = Math.Max(0.5, 0.2 * (holePitchMicrons - holeDiameterMicrons) / pixelMicrons);
        var insideHalf = Math.Max(0.5, 0.6 * r);
        var insideCount = Math.Pow((2 * Math.Round(insideHalf)) + 1, 2);
        var filmBoxCount = Math.Pow((2 * Math.Round(filmHalf)) + 1, 2);
        var gain = ShotNoise.EstimateGain(image);
        var integral = new IntegralImage(image);
        var (w, h) = (image.Width, image.Height);
        var score = new double[w * h];
        var inside = new double[w * h];
        Span<double> film = stackalloc double[4];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var i = integral.BoxMean(x, y, insideHalf);
                film[0] = integral.BoxMean(x - filmDistance, y, filmHalf);
                film[1] = integral.BoxMean(x + filmDistance, y, filmHalf);
                film[2] = integral.BoxMean(x, y - filmDistance, filmHalf);
                film[3] = integral.BoxMean(x, y + filmDistance, filmHalf);
                inside[(y * w) + x] = i;
                score[(y * w) + x] = Score(i, film, insideCount, filmBoxCount, gain);
            }
        }

        var suppression = (int)Math.Max(1, 0.35 * holePitchMicrons / pixelMicrons);
        var found = new List<HoleCandidate>();
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var s = score[(y * w) + x];
                if (s >= MinimumScore && IsLocalMaximum(score, w, h, x, y, suppression))
                {
                    found.Add(new HoleCandidate(x, y, inside[(y * w) + x], s));
                }
            }
        }

        return found;
    }

    private static double Score(double inside, ReadOnlySpan<double> film, double insideCount, double filmBoxCount, double gain)
    {
        var brightest = double.NegativeInfinity;
        foreach (var f in film)
        {
            if (double.IsNaN(f))
            {
                return 0; // too close to the image edge to judge
            }

            brightest = Math.Max(brightest, f);
        }

        // Against the brightest film box: next to a dark bar or bright torn film, one box differs and the centre is no hole.
        var sigma = Math.Sqrt(gain * ((inside / insideCount) + (brightest / filmBoxCount)));
        return sigma > 0 ? (inside - brightest) / sigma : 0;
    }

    private static bool IsLocalMaximum(double[] score, int w, int h, int x, int y, int radius)
    {
        var s = score[(y * w) + x];
        for (var j = Math.Max(0, y - radius); j <= Math.Min(h - 1, y + radius); j++)
        {
            for (var i = Math.Max(0, x - radius); i <= Math.Min(w - 1, x + radius); i++)
            {
                var other = score[(j * w) + i];
                // Ties go to the first pixel in raster order so a plateau yields one detection.
                if (other > s || (other == s && ((j * w) + i) < ((y * w) + x)))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
