using Platform.Imaging.Images;
using Platform.Targeting.Filtering;
using Platform.Targeting.Squares;

namespace Platform.Targeting.Selection;

/// <summary>
/// Classifies found squares and picks the best for screening. The atlas intensity I of a square gives an apparent thickness
/// t = −λ·ln(I / I₀) (Beer–Lambert with the inelastic mean free path λ; Rice et al., J. Struct. Biol. 204:38, 2018), where I₀ is the
/// vacuum level taken from the brightest smoothed pixels (torn squares and the rim of the grid show vacuum on real atlases too).
/// Torn film shows as texture (vacuum next to ice), measured as the intensity spread left after removing shot noise.
/// </summary>
public static class SquareSelector
{
    public const double IceMeanFreePathNanometers = 350;

    /// <summary>Below this the square is empty (film with no ice); film alone is ≈ 40 nm equivalent.</summary>
    public const double MinimumApparentNanometers = 45;

    /// <summary>Above this the ice is too thick to image.</summary>
    public const double MaximumApparentNanometers = 170;

    /// <summary>Screening prefers squares near this apparent thickness (thin ice on film).</summary>
    public const double IdealApparentNanometers = 95;

    /// <summary>Relative spread above shot noise beyond which the square is torn (vacuum beside ice gives ≈ 0.1).</summary>
    public const double MaximumTexture = 0.05;

    public static IReadOnlyList<SquareQuality> Assess(Image2D atlas, IReadOnlyList<SquareCandidate> squares)
    {
        ArgumentNullException.ThrowIfNull(atlas);
        ArgumentNullException.ThrowIfNull(squares);
        var vacuum = VacuumLevel(atlas);
        var gain = ShotNoise.EstimateGain(atlas);
        var result = new List<SquareQuality>(squares.Count);
        for (var i = 0; i < squares.Count; i++)
        {
            var s = squares[i];
            var (mean, variance) = InteriorStatistics(atlas, s);
            var thickness = mean > 0 && vacuum > 0 ? -IceMeanFreePathNanometers * Math.Log(mean / vacuum) : double.PositiveInfinity;
            var texture = mean > 0 ? Math.Sqrt(Math.Max(0, variance - (gain * mean))) / mean : double.PositiveInfinity;
            var label = s.TouchesEdge ? "edge" : texture > MaximumTexture ? "broken"
                : thickness < MinimumApparentNanometers ? "empty" : thickness > MaximumApparentNanometers ? "thick" : "good";
            var good = label == "good";
            var score = good ? 1 - (Math.Abs(thickness - IdealApparentNanometers) / (MaximumApparentNanometers - MinimumApparentNanometers)) : 0;
            result.Add(new SquareQuality(i, thickness, texture, good, score, label));
        }

        return result;
    }

    /// <summary>The indices of the best <paramref name="count"/> good squares (all good ones when count ≤ 0), best first.</summary>
    public static IReadOnlyList<int> SelectBest(IReadOnlyList<SquareQuality> qualities, int count)
    {
        ArgumentNullException.ThrowIfNull(qualities);
        var good = qualities.Where(q => q.Good).OrderByDescending(q => q.Score).ThenBy(q => q.Index).Select(q => q.Index);
        return (count > 0 ? good.Take(count) : good).ToList();
    }

    /// <summary>99.5th percentile of the 5×5 box-mean image: shot noise shrinks five-fold, so the bias above true vacuum is ≈ 1.5 %.</summary>
    private static double VacuumLevel(Image2D atlas)
    {
        var integral = new IntegralImage(atlas);
        var means = new double[atlas.Pixels.Length];
        for (var y = 0; y < atlas.Height; y++)
        {
            for (var x = 0; x < atlas.Width; x++)
            {
                means[(y * atlas.Width) + x] = integral.BoxMean(x, y, 2);
            }
        }

        Array.Sort(means);
        return means[(int)(0.995 * (means.Length - 1))];
    }

    /// <summary>Mean and variance over the central box of half-size 0.3·side: away from the bar edges, still across a tear.</summary>
    private static (double Mean, double Variance) InteriorStatistics(Image2D atlas, SquareCandidate s)
    {
        var half = Math.Max(1, (int)(0.3 * s.SidePixels));
        var (x0, x1) = (Math.Max(0, (int)s.XPixels - half), Math.Min(atlas.Width - 1, (int)s.XPixels + half));
        var (y0, y1) = (Math.Max(0, (int)s.YPixels - half), Math.Min(atlas.Height - 1, (int)s.YPixels + half));
        var (sum, sumSquares, n) = (0.0, 0.0, 0);
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                double p = atlas[x, y];
                sum += p;
                sumSquares += p * p;
                n++;
            }
        }

        var mean = sum / n;
        return (mean, Math.Max(0, (sumSquares / n) - (mean * mean)));
    }
}
