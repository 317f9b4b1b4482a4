using System.Text.Json;
using Platform.Gateway.Tests.Schema;

namespace Platform.Gateway.Tests.Micrographs;

/// <summary>Bad input to the micrograph table, plots and mutations gets a typed error and changes nothing.</summary>
public sealed class MicrographInputErrorTests
{
    private const string Plots = """
        query ($where: MicrographWhere, $bins: Int, $min: Float, $max: Float, $bucket: Int) {
          facility(key: "lab-a") { session(key: "session-a") {
            micrographs(where: $where) { totalCount }
            micrographHistogram(metric: DEFOCUS_ANGSTROM, bins: $bins, min: $min, max: $max) { counts }
            micrographSeries(metric: DEFOCUS_ANGSTROM, bucketMinutes: $bucket) { count } } }
        }
        """;

    [Theory]
    [InlineData("micrographs", """{ "where": { "defocusAngstrom": { "min": 20000, "max": 10000 } } }""")]
    [InlineData("micrographs", """{ "where": { "ctfScore": { } } }""")]
    [InlineData("micrographHistogram", """{ "bins": 0 }""")]
    [InlineData("micrographHistogram", """{ "bins": 5000 }""")]
    [InlineData("micrographHistogram", """{ "min": 3, "max": 3 }""")]
    [InlineData("micrographSeries", """{ "bucket": 0 }""")]
    public async Task Invalid_ranges_bins_and_buckets_are_bad_user_input_on_that_field(string field, string variables)
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await MicrographSeed.RecordAsync(harness, 5);

        var response = await harness.RunAsync(Plots, JsonDocument.Parse(variables).RootElement);

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(field, error.GetProperty("path")[2].GetString());
    }

    [Fact]
    public async Task An_invalid_filter_is_refused_field_by_field_and_nothing_is_saved()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var response = await harness.DataAsync(
            """
            mutation ($id: ID!) { saveMicrographFilter(input: { sessionId: $id, name: " ",
                ranges: [{ metric: DEFOCUS_ANGSTROM, min: 5, max: 1 }, { metric: CTF_SCORE }] }) {
              result { filters { name } } errors { __typename code ... on ValidationError { field } } } }
            """, new { id = PlatformSchemaHarness.GlobalId("Session", "session-a") });
        var listed = await harness.DataAsync("""{ facility(key: "lab-a") { session(key: "session-a") { micrographFilters { name } } } }""");

        var payload = response.GetProperty("saveMicrographFilter");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("result").ValueKind);
        Assert.Equal(
            ["name", "ranges.DefocusAngstrom", "ranges.CtfScore"],
            payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.All(payload.GetProperty("errors").EnumerateArray(), e => Assert.Equal("ValidationError", e.GetProperty("__typename").GetString()));
        Assert.Empty(listed.GetProperty("facility").GetProperty("session").GetProperty("micrographFilters").EnumerateArray());
    }

    [Theory]
    [InlineData("saveMicrographFilter(input: { sessionId: \"bm90LWFuLWlk\", name: \"x\" }) { errors { __typename code } }", "saveMicrographFilter")]
    [InlineData("setMicrographExcluded(micrographKey: \"session-a/agent/nope\", excluded: true) { micrograph { key } errors { __typename code } }", "setMicrographExcluded")]
    [InlineData("setMicrographExcluded(micrographKey: \"\", excluded: true) { micrograph { key } errors { __typename code } }", "setMicrographExcluded")]
    [InlineData("setMicrographExcluded(micrographKey: \"a/b/c/d\", excluded: true) { micrograph { key } errors { __typename code } }", "setMicrographExcluded")]
    public async Task Unknown_sessions_and_micrographs_are_not_found_errors(string mutation, string field)
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();

        var response = await harness.DataAsync($"mutation {{ {mutation} }}");

        var error = Assert.Single(response.GetProperty(field).GetProperty("errors").EnumerateArray());
        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
    }
}
