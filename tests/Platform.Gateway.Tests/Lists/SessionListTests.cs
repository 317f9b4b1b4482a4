using System.Text.Json;
using Platform.Gateway.Tests.Schema;
using Platform.Grains.Sessions;

namespace Platform.Gateway.Tests.Lists;

/// <summary>Session and booking lists: keyset paging from the index tables, filters, order and paging limits.</summary>
public sealed class SessionListTests
{
    private const string Page = """
        query ($first: Int, $after: String, $where: SessionWhere, $order: [SessionOrder!]) {
          facility(key: "lab-a") { sessions(first: $first, after: $after, where: $where, order: $order) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { key name state } } } }
        }
        """;

    [Fact]
    public async Task Paging_forward_visits_every_session_once_in_order()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await SeedAsync(harness, 6);
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var sessions = (await harness.DataAsync(Page, new { first = 3, after, order = new[] { new { field = "NAME", direction = "ASC" } } })).GetProperty("facility").GetProperty("sessions");
            Assert.Equal(7, sessions.GetProperty("totalCount").GetInt32());
            seen.AddRange(sessions.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("name").GetString()!));
            pages++;
            var info = sessions.GetProperty("pageInfo");
            Assert.Equal(after is not null, info.GetProperty("hasPreviousPage").GetBoolean());
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Equal(3, pages);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(7, seen.Distinct().Count());
    }

    [Fact]
    public async Task An_edge_cursor_from_the_middle_of_a_page_continues_right_after_that_edge()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await SeedAsync(harness, 4);
        var order = new[] { new { field = "NAME", direction = "DESC" } };
        var all = (await harness.DataAsync(Page, new { first = 5, order })).GetProperty("facility").GetProperty("sessions").GetProperty("edges").EnumerateArray().ToList();
        var next = (await harness.DataAsync(Page, new { first = 2, after = all[1].GetProperty("cursor").GetString(), order })).GetProperty("facility").GetProperty("sessions");

        Assert.Equal(all.Skip(2).Take(2).Select(e => e.GetProperty("node").GetProperty("key").GetString()), next.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()));
        Assert.True(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Sessions_filter_by_microscope_state_name_and_creation_time()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        await SeedAsync(harness, 2);
        await harness.Silo.Grains.GetGrain<ISessionGrain>("session-a").StartAsync("alice");

        async Task<IReadOnlyList<string?>> Keys(object where) =>
            [.. (await harness.DataAsync(Page, new { where })).GetProperty("facility").GetProperty("sessions").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString())];

        Assert.Equal(3, (await Keys(new { microscopeId = PlatformSchemaHarness.GlobalId("Microscope", "scope-a") })).Count);
        Assert.Empty(await Keys(new { microscopeId = PlatformSchemaHarness.GlobalId("Microscope", "scope-b") }));
        Assert.Empty(await Keys(new { microscopeId = "garbage" }));
        Assert.Equal(["session-a"], await Keys(new { states = new[] { "STARTING", "RUNNING" } }));
        Assert.Equal(["extra-1"], await Keys(new { nameStartsWith = "20260302_extra_1" }));
        Assert.Equal(3, (await Keys(new { createdFrom = "2026-03-02T00:00:00Z", createdTo = "2026-03-03T00:00:00Z" })).Count);
        Assert.Empty(await Keys(new { createdFrom = "2026-03-03T00:00:00Z" }));
    }

    [Fact]
    public async Task Page_sizes_over_100_and_foreign_cursors_are_clear_errors()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        var tooBig = await harness.RunAsync(Page, new { first = 101 });
        Assert.Equal("PAGE_SIZE_EXCEEDED", Assert.Single(tooBig.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());

        var nameCursor = (await harness.DataAsync(Page, new { first = 1, order = new[] { new { field = "NAME", direction = "ASC" } } }))
            .GetProperty("facility").GetProperty("sessions").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        foreach (var after in new[] { "not-a-cursor", nameCursor })
        {
            var response = await harness.RunAsync(Page, new { first = 1, after });
            Assert.Equal("INVALID_CURSOR", Assert.Single(response.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Bookings_filter_by_microscope_and_overlapping_time_range()
    {
        await using var harness = await PlatformSchemaHarness.StartAsync();
        const string Bookings = """
            query ($where: BookingWhere) { facility(key: "lab-a") { bookings(where: $where) { totalCount nodes { key microscope { key } sessions { key } } } } }
            """;
        async Task<int> Count(object where) => (await harness.DataAsync(Bookings, new { where })).GetProperty("facility").GetProperty("bookings").GetProperty("totalCount").GetInt32();

        Assert.Equal(1, await Count(new { microscopeId = PlatformSchemaHarness.GlobalId("Microscope", "scope-a"), from = "2026-03-02T12:00:00Z", to = "2026-03-02T13:00:00Z" }));
        Assert.Equal(0, await Count(new { from = "2026-03-05T00:00:00Z" }));
        Assert.Equal(0, await Count(new { to = "2026-03-01T00:00:00Z" }));
        Assert.Equal(0, await Count(new { microscopeId = PlatformSchemaHarness.GlobalId("Microscope", "scope-b") }));
        var booking = (await harness.DataAsync(Bookings, new { where = new { type = "BOOKING" } })).GetProperty("facility").GetProperty("bookings").GetProperty("nodes")[0];
        Assert.Equal("session-a", booking.GetProperty("sessions")[0].GetProperty("key").GetString());
    }

    /// <summary>Adds <paramref name="count"/> sessions extra_1.. to booking-a (the harness has one, session-a).</summary>
    internal static async Task SeedAsync(PlatformSchemaHarness harness, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await harness.Silo.Grains.GetGrain<ISessionGrain>($"extra-{i}").CreateAsync(new CreateSessionRequest("booking-a", "bob", $"extra_{i}", "lab", "k3", null, null, RequestedByStaff: false));
        }
    }
}
