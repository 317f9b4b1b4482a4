using Platform.Gateway.Tests.Schema;
using Platform.Grains.Micrographs;

namespace Platform.Gateway.Tests.Micrographs;

/// <summary>Named filters: saved, listed, applied to the table with manual includes/excludes and hand exclusion, deleted.</summary>
public sealed class MicrographFilterTests
{
    private const string Save = """
        mutation ($input: MicrographFilterInput!) {
          saveMicrographFilter(input: $input) { result { filters { name ranges { metric min max } includedKeys excludedKeys } }
            errors { __typename code ... on ValidationError { field reason } } }
        }
        """;

    private const string Applied = """
        query ($filter: String, $where: MicrographWhere) {
          facility(key: "lab-a") { session(key: "session-a") {
            micrographFilters { name }
            micrographs(first: 100, filter: $filter, where: $where) { totalCount edges { node { key } } } } }
        }
        """;

    [Fact]
    public async Task A_saved_filter_passes_ranges_and_included_keys_and_drops_excluded_and_hand_excluded_micrographs()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var views = await MicrographSeed.RecordAsync(harness);
        bool InRanges(MicrographView v) => MicrographSeed.Value(v, MicrographMetric.DefocusAngstrom) is >= 11_000 and <= 22_000 && v.Result.DriftTotalAngstrom is <= 4;
        var included = views.First(v => !InRanges(v)).Key;
        var excluded = views.First(InRanges).Key;
        var handExcluded = views.Last(InRanges).Key;
        await harness.DataAsync($$"""mutation { setMicrographExcluded(micrographKey: "{{handExcluded}}", excluded: true) { errors { code } } }""");

        var saved = await harness.DataAsync(Save, new
        {
            input = new
            {
                sessionId = PlatformSchemaHarness.GlobalId("Session", MicrographSeed.Session),
                name = "good ice",
                ranges = new object[] { new { metric = "DEFOCUS_ANGSTROM", min = 11_000, max = 22_000 }, new { metric = "DRIFT_TOTAL_ANGSTROM", max = 4 } },
                includedKeys = new[] { included },
                excludedKeys = new[] { excluded },
            },
        });
        Assert.Empty(saved.GetProperty("saveMicrographFilter").GetProperty("errors").EnumerateArray());
        var filter = Assert.Single(saved.GetProperty("saveMicrographFilter").GetProperty("result").GetProperty("filters").EnumerateArray());
        Assert.Equal("DEFOCUS_ANGSTROM", filter.GetProperty("ranges")[0].GetProperty("metric").GetString());

        var session = (await harness.DataAsync(Applied, new { filter = "good ice" })).GetProperty("facility").GetProperty("session");

        var expected = views.Where(v => v.Key == included || (InRanges(v) && v.Key != excluded && v.Key != handExcluded)).Select(v => v.Key).ToList();
        Assert.Equal(["good ice"], session.GetProperty("micrographFilters").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(expected, session.GetProperty("micrographs").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()));
        Assert.Contains(included, expected);

        var narrowed = (await harness.DataAsync(Applied, new { filter = "good ice", where = new { source = "agent" } })).GetProperty("facility").GetProperty("session");
        Assert.Equal(
            expected.Where(k => views.Single(v => v.Key == k).Source == "agent"),
            narrowed.GetProperty("micrographs").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()));
    }

    [Fact]
    public async Task Deleting_a_filter_removes_it_and_applying_it_afterwards_is_a_not_found_error()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await MicrographSeed.RecordAsync(harness, 5);
        var sessionId = PlatformSchemaHarness.GlobalId("Session", MicrographSeed.Session);
        await harness.DataAsync(Save, new { input = new { sessionId, name = "a", ranges = new object[] { new { metric = "CTF_SCORE", min = 0.3 } } } });
        await harness.DataAsync(Save, new { input = new { sessionId, name = "b", ranges = new object[] { new { metric = "CTF_SCORE", max = 0.3 } } } });

        var deleted = await harness.DataAsync(
            """mutation ($id: ID!) { deleteMicrographFilter(input: { sessionId: $id, name: "a" }) { result { filters { name } } errors { code } } }""", new { id = sessionId });
        var again = await harness.DataAsync(
            """mutation ($id: ID!) { deleteMicrographFilter(input: { sessionId: $id, name: "a" }) { result { filters { name } } errors { __typename code ... on NotFoundError { kind key } } } }""", new { id = sessionId });
        var applied = await harness.RunAsync(Applied, new { filter = "a" });

        Assert.Equal(["b"], deleted.GetProperty("deleteMicrographFilter").GetProperty("result").GetProperty("filters").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var error = Assert.Single(again.GetProperty("deleteMicrographFilter").GetProperty("errors").EnumerateArray());
        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
        Assert.Equal("MicrographFilter", error.GetProperty("kind").GetString());
        Assert.Equal("NOT_FOUND", Assert.Single(applied.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
    }
}
