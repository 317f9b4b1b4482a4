using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>Turns the rows of aggregate statements (<see cref="IndexSqlBuilder.Histogram"/>, <see cref="IndexSqlBuilder.Series"/>) into results, the same way for both engines.</summary>
internal static class IndexAggregates
{
    public static IReadOnlyList<long> Histogram(IEnumerable<(long Bin, long Count)> rows, int bins)
    {
        var counts = new long[bins];
        foreach (var (bin, count) in rows)
        {
            counts[Math.Clamp(bin, 0, bins - 1)] += count;
        }

        return counts;
    }

    public static IndexSeriesPoint SeriesPoint(long bucket, long count, double? mean, TimeSpan width) =>
        new(DateTimeOffset.UnixEpoch + (width * bucket), count, mean);
}
