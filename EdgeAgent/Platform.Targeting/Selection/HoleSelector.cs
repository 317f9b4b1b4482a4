using Platform.Targeting.Holes;

namespace Platform.Targeting.Selection;

/// <summary>
/// Classifies found holes within one square image: a hole much darker inside than the square's median hole carries contamination
/// (an ice crystal) or much thicker ice; one much brighter is empty. Holes nearest the median brightness rank first, which on a
/// square with an ice gradient keeps screening in the square's typical ice.
/// </summary>
public static class HoleSelector
{
    /// <summary>Relative brightness below which a hole is contaminated or thick (an ice crystal covering ≈ ¼ of the hole drops it by ≈ 20 %).</summary>
    public const double MinimumRelativeBrightness = 0.9;

    /// <summary>Relative brightness above which a hole is probably empty (no ice).</summary>
    public const double MaximumRelativeBrightness = 1.12;

    public static IReadOnlyList<HoleQuality> Assess(IReadOnlyList<HoleCandidate> holes)
    {
        ArgumentNullException.ThrowIfNull(holes);
        if (holes.Count == 0)
        {
            return [];
        }

        var sorted = holes.Select(h => h.MeanInside).Order().ToArray();
        var median = sorted[sorted.Length / 2];
        return holes.Select((h, i) =>
        {
            var relative = median > 0 ? h.MeanInside / median : 0;
            var label = relative < MinimumRelativeBrightness ? "contaminated" : relative > MaximumRelativeBrightness ? "empty" : "good";
            return new HoleQuality(i, relative, label == "good", label == "good" ? 1 - Math.Abs(relative - 1) : 0, label);
        }).ToList();
    }

    /// <summary>The indices of the best <paramref name="count"/> good holes (all good ones when count ≤ 0), best first.</summary>
    public static IReadOnlyList<int> SelectBest(IReadOnlyList<HoleQuality> qualities, int count)
    {
        ArgumentNullException.ThrowIfNull(qualities);
        var good = qualities.Where(q => q.Good).OrderByDescending(q => q.Score).ThenBy(q => q.Index).Select(q => q.Index);
        return (count > 0 ? good.Take(count) : good).ToList();
    }
}
