using System.Text.Json;
using Platform.Gateway.Tests.Schema;

namespace Platform.Gateway.Tests.Lists;

/// <summary>Relay backward paging (<c>last</c>/<c>before</c>) on index-backed connections, with the spec's pageInfo and edge cases.</summary>
public sealed class BackwardPagingTests
{
    private const string Page = """
        query ($first: Int, $after: String, $last: Int, $before: String) {
          facility(key: "lab-a") { sessions(first: $first, after: $after, last: $last, before: $before, order: [{ field: NAME, direction: ASC }]) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } } } }
        }
        """;

    [Fact]
    public async Task Paging_backward_from_the_end_visits_every_session_once_in_order()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await SessionListTests.SeedAsync(harness, 6);
        var forward = Names(await SessionsAsync(harness, new { first = 100 }));
        var pages = new List<IReadOnlyList<string>>();
        string? before = null;
        while (true)
        {
            var sessions = await SessionsAsync(harness, new { last = 3, before });
            pages.Insert(0, Names(sessions));
            var info = sessions.GetProperty("pageInfo");
            Assert.Equal(before is not null, info.GetProperty("hasNextPage").GetBoolean());
            if (!info.GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = info.GetProperty("startCursor").GetString();
        }

        Assert.Equal(3, pages.Count);
        Assert.Equal([1, 3, 3], pages.Select(p => p.Count));
        Assert.Equal(forward, pages.SelectMany(p => p));
    }

    [Fact]
    public async Task Last_larger_than_the_list_returns_the_whole_list_without_a_previous_page()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await SessionListTests.SeedAsync(harness, 2);

        var sessions = await SessionsAsync(harness, new { last = 50 });

        Assert.Equal(Names(await SessionsAsync(harness, new { first = 50 })), Names(sessions));
        Assert.Equal(3, Names(sessions).Count);
        Assert.False(sessions.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(sessions.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Before_the_first_edge_is_an_empty_page_with_only_a_next_page()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await SessionListTests.SeedAsync(harness, 2);
        var first = (await SessionsAsync(harness, new { first = 1 })).GetProperty("pageInfo").GetProperty("startCursor").GetString();

        var sessions = await SessionsAsync(harness, new { last = 2, before = first });

        Assert.Empty(Names(sessions));
        Assert.False(sessions.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(sessions.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, sessions.GetProperty("pageInfo").GetProperty("startCursor").ValueKind);
    }

    [Fact]
    public async Task After_and_before_together_bound_the_page_from_both_sides()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await SessionListTests.SeedAsync(harness, 6);
        var all = (await SessionsAsync(harness, new { first = 7 })).GetProperty("edges").EnumerateArray().ToList();
        var (after, before) = (all[1].GetProperty("cursor").GetString(), all[5].GetProperty("cursor").GetString());
        var names = all.Select(e => e.GetProperty("node").GetProperty("name").GetString()!).ToList();

        var fromStart = await SessionsAsync(harness, new { first = 2, after, before });
        var fromEnd = await SessionsAsync(harness, new { last = 2, after, before });

        Assert.Equal(names[2..4], Names(fromStart));
        Assert.True(fromStart.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(fromStart.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(names[3..5], Names(fromEnd));
        Assert.True(fromEnd.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(fromEnd.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Zero_last_returns_no_edges_but_reports_the_rows_before_the_cursor()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await SessionListTests.SeedAsync(harness, 2);
        var end = (await SessionsAsync(harness, new { first = 3 })).GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var sessions = await SessionsAsync(harness, new { last = 0, before = end });

        Assert.Empty(Names(sessions));
        Assert.True(sessions.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(sessions.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task First_and_last_together_and_foreign_before_cursors_are_clear_errors()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var both = await harness.RunAsync(Page, new { first = 1, last = 1 });
        var garbage = await harness.RunAsync(Page, new { last = 1, before = "not-a-cursor" });
        var tooBig = await harness.RunAsync(Page, new { last = 101 });

        Assert.Equal("BAD_USER_INPUT", Code(both));
        Assert.Equal("INVALID_CURSOR", Code(garbage));
        Assert.Equal("PAGE_SIZE_EXCEEDED", Code(tooBig));
    }

    private static string? Code(JsonElement response) =>
        Assert.Single(response.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString();

    private static async Task<JsonElement> SessionsAsync(PlatformSchemaHarness harness, object variables) =>
        (await harness.DataAsync(Page, variables)).GetProperty("facility").GetProperty("sessions");

    private static IReadOnlyList<string> Names(JsonElement sessions) =>
        [.. sessions.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()!)];
}
