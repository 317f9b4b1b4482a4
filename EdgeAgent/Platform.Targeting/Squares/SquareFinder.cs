using Platform.Imaging.Images;
using Platform.Targeting.Filtering;

namespace Platform.Targeting.Squares;

/// <summary>
/// Classical square finding on an atlas, in the spirit of SmartScope's threshold-and-contour finder: bars are dark, squares bright.
/// Threshold between the 10th percentile (bars) and 90th percentile (squares), label 4-connected regions, keep those whose
/// area is plausible for one square of the expected size.
/// </summary>
public static class SquareFinder
{
    /// <summary>Where between the bar level and the bright-square level the threshold sits (low, so thick-ice squares survive).</summary>
    public const double ThresholdFraction = 0.25;

    public static IReadOnlyList<SquareCandidate> Find(Image2D atlas, double expectedSideMicrons)
    {
        ArgumentNullException.ThrowIfNull(atlas);
        if (atlas.PixelSizeAngstrom <= 0)
        {
            throw new ArgumentException("The atlas needs a pixel size to know how big a square is.", nameof(atlas));
        }

        var sidePx = expectedSideMicrons * 10_000 / atlas.PixelSizeAngstrom;
        var sorted = atlas.Pixels.Order().ToArray();
        var low = sorted[(int)(0.10 * (sorted.Length - 1))];
        var high = sorted[(int)(0.90 * (sorted.Length - 1))];
        var threshold = low + (ThresholdFraction * (high - low));
        var smooth = new IntegralImage(atlas);
        var mask = new bool[atlas.Pixels.Length];
        for (var y = 0; y < atlas.Height; y++)
        {
            for (var x = 0; x < atlas.Width; x++)
            {
                mask[(y * atlas.Width) + x] = smooth.BoxMean(x, y, 1) > threshold;
            }
        }

        var expectedArea = sidePx * sidePx;
        var found = new List<SquareCandidate>();
        foreach (var component in ConnectedComponents.Label(mask, atlas.Width, atlas.Height))
        {
            var touches = component.Any(p => p % atlas.Width == 0 || p % atlas.Width == atlas.Width - 1 || p / atlas.Width == 0 || p / atlas.Width == atlas.Height - 1);
            // Whole squares must be close to the expected area; squares cut by the image edge may be smaller.
            var minimum = touches ? 0.15 * expectedArea : 0.5 * expectedArea;
            if (component.Count < minimum || component.Count > 1.6 * expectedArea)
            {
                continue;
            }

            var (sx, sy, si) = (0.0, 0.0, 0.0);
            foreach (var p in component)
            {
                sx += p % atlas.Width;
                sy += p / atlas.Width;
                si += atlas.Pixels[p];
            }

            var n = component.Count;
            found.Add(new SquareCandidate(sx / n, sy / n, n, Math.Sqrt(n), si / n, touches));
        }

        return found;
    }
}
