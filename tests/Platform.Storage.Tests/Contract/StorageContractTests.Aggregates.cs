using Platform.Runtime.Indexing;
using Platform.Storage.Tests.Indexing;

namespace Platform.Storage.Tests.Contract;

/// <summary>Aggregates computed by the database (statistics, histograms, time series) equal the same sums done in memory.</summary>
public abstract partial class StorageContractTests
{
    private static readonly IReadOnlyList<IndexFilter> _activeOnly = [new IndexFilter("active", IndexOperator.Equal, true)];

    [Fact]
    public async Task Statistics_histograms_and_series_match_a_computation_in_memory()
    {
        var (table, rows) = await SeedAggregateTableAsync();
        var matching = rows.Where(r => r.Values["active"] is true).ToList();
        var defocus = matching.Select(r => r.Values["defocus_um"]).OfType<double>().ToList();

        var statistics = await Storage.Indexes.StatisticsAsync(table.Name, _activeOnly, "defocus_um", Token);
        Assert.Equal(defocus.Count, statistics.Count);
        Assert.Equal(defocus.Min(), statistics.Min!.Value, 9);
        Assert.Equal(defocus.Max(), statistics.Max!.Value, 9);
        Assert.Equal(defocus.Average(), statistics.Mean!.Value, 9);

        var histogram = await Storage.Indexes.HistogramAsync(table.Name, _activeOnly, "defocus_um", -3, 1, 8, Token);
        var expected = new long[8];
        foreach (var value in defocus.Where(v => v is >= -3 and <= 1))
        {
            expected[Math.Min(7, (int)Math.Floor((value + 3) * 8 / 4))]++;
        }

        Assert.Equal(expected, histogram);
        Assert.Equal(defocus.Count(v => v is >= -3 and <= 1), histogram.Sum());

        var shots = await Storage.Indexes.HistogramAsync(table.Name, [], "shots", -3, 12, 5, Token);
        Assert.Equal(rows.Count(r => r.Values["shots"] is long), shots.Sum());

        var bucket = TimeSpan.FromDays(7);
        var series = await Storage.Indexes.SeriesAsync(table.Name, _activeOnly, "started_at", "defocus_um", bucket, Token);
        var expectedSeries = matching
            .Where(r => r.Values["started_at"] is DateTimeOffset)
            .GroupBy(r => (long)Math.Floor(((DateTimeOffset)r.Values["started_at"]!).ToUnixTimeMilliseconds() / bucket.TotalMilliseconds))
            .OrderBy(g => g.Key)
            .Select(g => (Start: DateTimeOffset.UnixEpoch + (bucket * g.Key), Count: (long)g.Count(), Mean: g.Select(r => r.Values["defocus_um"]).OfType<double>().DefaultIfEmpty(double.NaN).Average()))
            .ToList();
        Assert.Equal(expectedSeries.Select(p => (p.Start, p.Count)), series.Select(p => (p.BucketStartUtc, p.Count)));
        Assert.All(expectedSeries.Zip(series), pair =>
        {
            if (double.IsNaN(pair.First.Mean))
            {
                Assert.Null(pair.Second.Mean);
            }
            else
            {
                Assert.Equal(pair.First.Mean, pair.Second.Mean!.Value, 9);
            }
        });
    }

    [Fact]
    public async Task Aggregates_of_no_rows_and_invalid_aggregates_are_answered_without_touching_data()
    {
        var (table, _) = await SeedAggregateTableAsync();
        IReadOnlyList<IndexFilter> none = [new IndexFilter("shots", IndexOperator.GreaterThan, 1_000L)];

        Assert.Equal(new IndexStatistics(0, null, null, null), await Storage.Indexes.StatisticsAsync(table.Name, none, "shots", Token));
        Assert.Equal(new long[4], await Storage.Indexes.HistogramAsync(table.Name, none, "shots", 0, 1, 4, Token));
        Assert.Empty(await Storage.Indexes.SeriesAsync(table.Name, none, "started_at", "shots", TimeSpan.FromHours(1), Token));

        await Assert.ThrowsAsync<ArgumentException>(() => Storage.Indexes.StatisticsAsync(table.Name, [], "name", Token));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.Indexes.HistogramAsync(table.Name, [], "shots", 1, 1, 4, Token));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.Indexes.HistogramAsync(table.Name, [], "shots", 0, 1, 0, Token));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.Indexes.HistogramAsync(table.Name, [], "shots; DROP TABLE x", 0, 1, 4, Token));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.Indexes.SeriesAsync(table.Name, [], "shots", "shots", TimeSpan.FromHours(1), Token));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.Indexes.SeriesAsync(table.Name, [], "started_at", "shots", TimeSpan.FromMilliseconds(10), Token));
        Assert.Equal(60, await Storage.Indexes.CountAsync(table.Name, [], Token));
    }

    private async Task<(IndexTable Table, List<IndexRow> Rows)> SeedAggregateTableAsync()
    {
        var table = IndexDataset.Table(UniqueTable("aggregates"));
        await Storage.InitializeAsync([table], Token);
        var rows = IndexDataset.Rows(table.Name);
        foreach (var row in rows)
        {
            await Storage.Grains.WriteAsync(Write(new Platform.Storage.GrainStateKey("aggregate", row.Key, "state"), "{}", null, upserts: [row]), Token);
        }

        return (table, rows);
    }
}
