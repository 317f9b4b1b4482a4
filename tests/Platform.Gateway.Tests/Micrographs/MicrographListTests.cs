using System.Text.Json;
using Platform.Gateway.Tests.Schema;
using Platform.Grains.Micrographs;

namespace Platform.Gateway.Tests.Micrographs;

/// <summary>Session.micrographs: ranges, grid, source and order answered from the index, paged forward.</summary>
public sealed class MicrographListTests
{
    private const string Page = """
        query ($first: Int, $after: String, $where: MicrographWhere, $order: [MicrographOrder!]) {
          facility(key: "lab-a") { session(key: "session-a") { micrographs(first: $first, after: $after, where: $where, order: $order) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { node { key name source excluded gridPosition acquiredAt frames defocusAngstrom defocusUAngstrom ctfFitResolutionAngstrom
              particleCount driftTraceXAngstrom filePath thumbnailPath } } } } }
        }
        """;

    [Fact]
    public async Task Ranges_select_exactly_the_micrographs_within_them_and_page_in_the_requested_order()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var views = await MicrographSeed.RecordAsync(harness);
        var where = new { defocusAngstrom = new { min = 12_000, max = 24_000.5 }, ctfFitResolutionAngstrom = new { max = 4.5 } };
        var order = new[] { new { field = "DEFOCUS_ANGSTROM", direction = "DESC" }, new { field = "NAME", direction = "ASC" } };

        var seen = new List<JsonElement>();
        string? after = null;
        do
        {
            var list = (await harness.DataAsync(Page, new { first = 7, after, where, order })).GetProperty("facility").GetProperty("session").GetProperty("micrographs");
            var expectedTotal = views.Count(v => MicrographSeed.Value(v, MicrographMetric.DefocusAngstrom) is >= 12_000 and <= 24_000.5 && v.Result.CtfFitResolutionAngstrom is <= 4.5);
            Assert.Equal(expectedTotal, list.GetProperty("totalCount").GetInt32());
            seen.AddRange(list.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")));
            after = list.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? list.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var expected = views
            .Where(v => MicrographSeed.Value(v, MicrographMetric.DefocusAngstrom) is >= 12_000 and <= 24_000.5 && v.Result.CtfFitResolutionAngstrom is <= 4.5)
            .OrderByDescending(v => MicrographSeed.Value(v, MicrographMetric.DefocusAngstrom)).ThenBy(v => v.Result.Name, StringComparer.Ordinal)
            .Select(v => v.Key).ToList();
        Assert.True(expected.Count is > 7 and < 50, $"the seed should give a multi-page, partial selection ({expected.Count})");
        Assert.Equal(expected, seen.Select(n => n.GetProperty("key").GetString()));

        var first = views.Single(v => v.Key == expected[0]);
        var node = seen[0];
        Assert.Equal(first.Result.Name, node.GetProperty("name").GetString());
        Assert.Equal(first.Source, node.GetProperty("source").GetString());
        Assert.Equal(MicrographSeed.Value(first, MicrographMetric.DefocusAngstrom), node.GetProperty("defocusAngstrom").GetDouble());
        Assert.Equal(first.Result.DefocusUAngstrom, node.GetProperty("defocusUAngstrom").GetDouble());
        Assert.Equal(first.Result.DriftTraceXAngstrom, node.GetProperty("driftTraceXAngstrom").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal(first.Result.FilePath, node.GetProperty("filePath").GetString());
        Assert.Equal(first.Result.AcquiredAtUtc, node.GetProperty("acquiredAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_micrograph_missing_a_value_fails_a_range_on_that_metric_even_an_open_one()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var views = await MicrographSeed.RecordAsync(harness);
        var missing = views.Where(v => v.Result.CtfFitResolutionAngstrom is null).Select(v => v.Key).ToList();
        Assert.NotEmpty(missing);

        var list = (await harness.DataAsync(Page, new { first = 100, where = new { ctfFitResolutionAngstrom = new { min = 0 } } }))
            .GetProperty("facility").GetProperty("session").GetProperty("micrographs");

        var keys = list.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()).ToList();
        Assert.Equal(views.Count - missing.Count, keys.Count);
        Assert.DoesNotContain(keys, k => missing.Contains(k!));
        Assert.All(list.GetProperty("edges").EnumerateArray(), e => Assert.Equal(JsonValueKind.Number, e.GetProperty("node").GetProperty("ctfFitResolutionAngstrom").ValueKind));
    }

    [Fact]
    public async Task Grid_source_and_excluded_conditions_combine_and_other_sessions_never_appear()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var views = await MicrographSeed.RecordAsync(harness);
        var handExcluded = views.First(v => v.Source == "relion" && v.Result.GridPosition == 2);
        await harness.DataAsync($$"""mutation { setMicrographExcluded(micrographKey: "{{handExcluded.Key}}", excluded: true) { micrograph { excluded } errors { code } } }""");

        var relion = (await harness.DataAsync(Page, new { first = 100, where = new { source = "relion", gridPosition = 2, excluded = false } }))
            .GetProperty("facility").GetProperty("session").GetProperty("micrographs");
        var all = (await harness.DataAsync(Page, new { first = 100 })).GetProperty("facility").GetProperty("session").GetProperty("micrographs");

        var expected = views.Where(v => v.Source == "relion" && v.Result.GridPosition == 2 && v.Key != handExcluded.Key).Select(v => v.Key).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, relion.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()));
        Assert.Equal(views.Count, all.GetProperty("totalCount").GetInt32());
        Assert.All(all.GetProperty("edges").EnumerateArray(), e => Assert.StartsWith("session-a/", e.GetProperty("node").GetProperty("key").GetString(), StringComparison.Ordinal));
    }
}
