using Platform.Gateway.Tests.Schema;
using Platform.Grains.Micrographs;

namespace Platform.Gateway.Tests.Micrographs;

/// <summary>The plots' data (statistics, histogram, series) computed in the database equal the same sums done in memory.</summary>
public sealed class MicrographPlotTests
{
    private const string Plots = """
        query ($metric: MicrographMetric!, $where: MicrographWhere, $bins: Int, $min: Float, $max: Float, $bucket: Int) {
          facility(key: "lab-a") { session(key: "session-a") {
            micrographStatistics(metric: $metric, where: $where) { count min max mean }
            micrographHistogram(metric: $metric, where: $where, bins: $bins, min: $min, max: $max) { min max binWidth counts }
            micrographSeries(metric: $metric, where: $where, bucketMinutes: $bucket) { bucketStart count mean } } }
        }
        """;

    [Fact]
    public async Task Statistics_histogram_and_series_of_a_metric_with_missing_values_equal_in_memory_sums()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var views = await MicrographSeed.RecordAsync(harness);
        var selected = views.Where(v => v.Result.GridPosition == 1).ToList();
        var values = selected.Select(v => v.Result.CtfFitResolutionAngstrom).OfType<double>().ToList();

        var session = (await harness.DataAsync(Plots, new { metric = "CTF_FIT_RESOLUTION_ANGSTROM", where = new { gridPosition = 1 }, bins = 4, min = 2.0, max = 6.0, bucket = 30 }))
            .GetProperty("facility").GetProperty("session");

        var statistics = session.GetProperty("micrographStatistics");
        Assert.Equal(values.Count, statistics.GetProperty("count").GetDouble());
        Assert.Equal(values.Min(), statistics.GetProperty("min").GetDouble());
        Assert.Equal(values.Max(), statistics.GetProperty("max").GetDouble());
        Assert.Equal(values.Average(), statistics.GetProperty("mean").GetDouble(), 9);

        // Bins of width 1 Å over [2, 6]; the last includes 6.
        var expectedCounts = Enumerable.Range(0, 4).Select(b => values.Count(v => v >= 2 + b && (v < 3 + b || (b == 3 && v <= 6)))).ToList();
        var histogram = session.GetProperty("micrographHistogram");
        Assert.Equal(1.0, histogram.GetProperty("binWidth").GetDouble());
        Assert.Equal(expectedCounts, histogram.GetProperty("counts").EnumerateArray().Select(c => (int)c.GetDouble()));

        // Acquisitions are 3 minutes apart from 09:00, so 30-minute buckets hold micrographs 10k..10k+9.
        var expectedSeries = selected.GroupBy(v => (int)(v.Result.AcquiredAtUtc - PlatformSchemaHarness.Start).TotalMinutes / 30)
            .OrderBy(g => g.Key).ToList();
        var series = session.GetProperty("micrographSeries").EnumerateArray().ToList();
        Assert.Equal(expectedSeries.Count, series.Count);
        for (var i = 0; i < series.Count; i++)
        {
            Assert.Equal(PlatformSchemaHarness.Start.AddMinutes(30 * expectedSeries[i].Key), series[i].GetProperty("bucketStart").GetDateTimeOffset());
            Assert.Equal(expectedSeries[i].Count(), series[i].GetProperty("count").GetDouble());
            Assert.Equal(expectedSeries[i].Select(v => v.Result.CtfFitResolutionAngstrom).OfType<double>().Average(), series[i].GetProperty("mean").GetDouble(), 9);
        }
    }

    [Fact]
    public async Task Histogram_bounds_default_to_the_matching_values_range_and_every_value_is_counted_once()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var views = await MicrographSeed.RecordAsync(harness);
        var values = views.Select(v => MicrographSeed.Value(v, MicrographMetric.DefocusAngstrom)).OfType<double>().ToList();

        var histogram = (await harness.DataAsync(Plots, new { metric = "DEFOCUS_ANGSTROM", bins = 7 })).GetProperty("facility").GetProperty("session").GetProperty("micrographHistogram");

        Assert.Equal(values.Min(), histogram.GetProperty("min").GetDouble());
        Assert.Equal(values.Max(), histogram.GetProperty("max").GetDouble());
        var counts = histogram.GetProperty("counts").EnumerateArray().Select(c => (int)c.GetDouble()).ToList();
        Assert.Equal(7, counts.Count);
        Assert.Equal(values.Count, counts.Sum());
        Assert.True(counts[0] >= 1 && counts[^1] >= 1, "the extreme values fall in the first and last bins");
    }

    [Fact]
    public async Task A_single_value_or_a_given_bound_beyond_the_values_widens_only_the_defaulted_bound()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var views = await MicrographSeed.RecordAsync(harness, 5);
        var only = MicrographSeed.Value(views[3], MicrographMetric.DefocusAngstrom)!.Value;
        var where = new { defocusAngstrom = new { min = only, max = only } };

        var single = (await harness.DataAsync(Plots, new { metric = "DEFOCUS_ANGSTROM", where, bins = 3 })).GetProperty("facility").GetProperty("session").GetProperty("micrographHistogram");
        var below = (await harness.DataAsync(Plots, new { metric = "DEFOCUS_ANGSTROM", bins = 2, max = 5_000.0 })).GetProperty("facility").GetProperty("session").GetProperty("micrographHistogram");

        Assert.Equal(only - 0.5, single.GetProperty("min").GetDouble());
        Assert.Equal(only + 0.5, single.GetProperty("max").GetDouble());
        Assert.Equal([0, 1, 0], single.GetProperty("counts").EnumerateArray().Select(c => (int)c.GetDouble()));
        Assert.Equal(4_999.0, below.GetProperty("min").GetDouble());
        Assert.Equal(5_000.0, below.GetProperty("max").GetDouble());
        Assert.Equal([0, 0], below.GetProperty("counts").EnumerateArray().Select(c => (int)c.GetDouble()));
    }

    [Fact]
    public async Task Plots_of_a_selection_without_values_are_empty_rather_than_errors()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await MicrographSeed.RecordAsync(harness, 5);

        var session = (await harness.DataAsync(Plots, new { metric = "ICE_THICKNESS_NANOMETRES", bucket = 10 })).GetProperty("facility").GetProperty("session");

        Assert.Equal(0, session.GetProperty("micrographStatistics").GetProperty("count").GetDouble());
        Assert.Empty(session.GetProperty("micrographHistogram").GetProperty("counts").EnumerateArray());
        Assert.All(session.GetProperty("micrographSeries").EnumerateArray(), p => Assert.Equal(System.Text.Json.JsonValueKind.Null, p.GetProperty("mean").ValueKind));
    }
}
