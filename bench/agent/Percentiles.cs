namespace Platform.Agent.Bench;

/// <summary>Nearest-rank percentiles of a sample in milliseconds.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sample, double percent)
    {
        if (sample.Count == 0)
        {
            return double.NaN;
        }

        var sorted = sample.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static string Line(string label, IReadOnlyList<double> sample) =>
        $"{label,-58} n={sample.Count,5}  p50 {Of(sample, 50),8:0.000} ms  p99 {Of(sample, 99),8:0.000} ms";
}
