namespace Platform.Runtime.Indexing;

/// <summary>
/// Reads index tables. List queries (sessions of a facility, bookings of a microscope) are answered
/// here, filtered in the database, never by activating and scanning grains.
/// </summary>
public interface IIndexReader
{
    Task<IndexPage> QueryAsync(IndexQuery query, CancellationToken cancellationToken = default);

    Task<long> CountAsync(string table, IReadOnlyList<IndexFilter> filters, CancellationToken cancellationToken = default);

    Task<IndexRow?> GetAsync(string table, string key, CancellationToken cancellationToken = default);

    /// <summary>Count, min, max and mean of a numeric (Integer or Real) column over the matching rows, computed in the database.</summary>
    Task<IndexStatistics> StatisticsAsync(string table, IReadOnlyList<IndexFilter> filters, string column, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts of a numeric column's values in <paramref name="bins"/> equal-width bins over [min, max] (the last bin
    /// includes max; values outside and nulls are not counted), computed in the database. Needs max &gt; min, 1 to 1,000 bins.
    /// </summary>
    Task<IReadOnlyList<long>> HistogramAsync(string table, IReadOnlyList<IndexFilter> filters, string column, double min, double max, int bins, CancellationToken cancellationToken = default);

    /// <summary>
    /// The matching rows grouped into buckets of <paramref name="bucket"/> by a Timestamp column (aligned to the Unix
    /// epoch; rows with a null time are left out), with the mean of a numeric column per bucket, oldest first.
    /// </summary>
    Task<IReadOnlyList<IndexSeriesPoint>> SeriesAsync(string table, IReadOnlyList<IndexFilter> filters, string timeColumn, string valueColumn, TimeSpan bucket, CancellationToken cancellationToken = default);
}
