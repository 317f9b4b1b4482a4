namespace Platform.Processing.Picking;

/// <summary>Median and MAD-based standard deviation (1.4826·MAD) of a map, on a bounded sample so large maps stay cheap.</summary>
internal static class RobustStatistics
{
    public static (double Median, double Sigma) Of(float[] values)
    {
        var stride = Math.Max(1, values.Length / 200_000);
        var sample = new List<float>(values.Length / stride + 1);
        for (var i = 0; i < values.Length; i += stride)
        {
            if (float.IsFinite(values[i]))
            {
                sample.Add(values[i]);
            }
        }

        if (sample.Count == 0)
        {
            return (0, 0);
        }

        sample.Sort();
        var median = sample[sample.Count / 2];
        var deviations = sample.Select(v => Math.Abs(v - median)).ToList();
        deviations.Sort();
        return (median, 1.4826 * deviations[deviations.Count / 2]);
    }
}
