using Platform.Grains.Sessions;
using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;
using Platform.Storage.Tests.Indexing;

namespace Platform.Storage.Tests.Contract;

/// <summary>
/// Paging through long runs of equal sort values: the key breaks ties in the sort column's direction, and keyset paging
/// forwards and backwards visits every row once, in the reference order.
/// </summary>
public abstract partial class StorageContractTests
{
    [Theory]
    [InlineData(SessionIndex.CreatedAt, true)]
    [InlineData(SessionIndex.CreatedAt, false)]
    [InlineData(SessionIndex.EndedAt, true)]
    [InlineData(SessionIndex.EndedAt, false)]
    [InlineData(SessionIndex.RunState, true)]
    public async Task Paging_through_many_equal_values_visits_every_row_once_in_order_both_ways(string column, bool descending)
    {
        var (table, rows) = await SeedTiedSessionsAsync();
        var filters = new[] { new IndexFilter(SessionIndex.FacilityId, IndexOperator.Equal, "facility-1") };
        var order = new[] { new IndexOrder(column, descending) };
        var expected = IndexOracle.Query(rows, filters, order).Select(r => r.Key).ToList();
        var query = new IndexQuery(table) { Filters = filters, Order = order, Limit = 4 };

        var forwards = await IndexPaging.ReadAllAsync(Storage.Indexes, query);
        var backwards = new List<string>();
        var backward = query with { FromEnd = true };
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await Storage.Indexes.QueryAsync(backward, Token);
            backwards.InsertRange(0, page.Rows.Select(r => r.Key));
            if (!page.HasPreviousPage)
            {
                break;
            }

            backward = backward with { Before = page.StartCursor };
        }

        Assert.Equal(40, expected.Count);
        Assert.Equal(expected, forwards.Select(r => r.Key));
        Assert.Equal(expected, backwards);
    }

    [Fact]
    public async Task Rows_of_equal_value_come_in_key_order_of_the_sort_direction()
    {
        var (table, _) = await SeedTiedSessionsAsync();
        var filters = new[] { new IndexFilter(SessionIndex.FacilityId, IndexOperator.Equal, "facility-1") };

        var newest = await Storage.Indexes.QueryAsync(new IndexQuery(table) { Filters = filters, Order = [new(SessionIndex.CreatedAt, true)], Limit = 3 }, Token);
        var oldest = await Storage.Indexes.QueryAsync(new IndexQuery(table) { Filters = filters, Order = [new(SessionIndex.CreatedAt)], Limit = 3 }, Token);

        // Keys s00..s39; created_at takes i % 3 minutes, so the newest (2 min) are s38, s35, s32 and the oldest s00, s03, s06.
        Assert.Equal(["s38", "s35", "s32"], newest.Rows.Select(r => r.Key));
        Assert.Equal(["s00", "s03", "s06"], oldest.Rows.Select(r => r.Key));
    }

    [Fact]
    public async Task A_cursor_made_under_the_earlier_ascending_tie_break_is_refused_as_a_foreign_cursor()
    {
        var (table, _) = await SeedTiedSessionsAsync();
        // What earlier releases handed out for "newest first": the key ascended within equal creation times.
        var earlier = IndexCursor.Encode(
            [new SortKey(SessionIndex.CreatedAt, IndexColumnType.Timestamp, true), new SortKey(IndexCatalog.KeyColumn, IndexColumnType.Text, false)],
            [Clock.GetUtcNow(), "s10"]);
        var query = new IndexQuery(table) { Order = [new(SessionIndex.CreatedAt, true)], Limit = 5 };

        var after = await Assert.ThrowsAnyAsync<ArgumentException>(() => Storage.Indexes.QueryAsync(query with { After = earlier }, Token));
        var before = await Assert.ThrowsAnyAsync<ArgumentException>(() => Storage.Indexes.QueryAsync(query with { Before = earlier, FromEnd = true }, Token));

        Assert.Equal(nameof(IndexQuery.After), after.ParamName);
        Assert.Contains("different order", after.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(IndexQuery.Before), before.ParamName);
    }

    /// <summary>40 sessions of facility-1 over three creation minutes (and some ended, at two times), plus another facility's.</summary>
    private async Task<(string Table, List<IndexRow> Rows)> SeedTiedSessionsAsync()
    {
        var table = SessionIndex.Definition with { Name = UniqueTable("ties") };
        await Storage.InitializeAsync([table], Token);
        var t0 = Clock.GetUtcNow();
        var rows = new List<IndexRow>();
        for (var i = 0; i < 46; i++)
        {
            rows.Add(new IndexRow(table.Name, $"s{i:D2}", new Dictionary<string, object?>
            {
                [SessionIndex.FacilityId] = i < 40 ? "facility-1" : "facility-2",
                [SessionIndex.RunState] = i % 4 == 0 ? "running" : "completed",
                [SessionIndex.CreatedAt] = t0.AddMinutes(i % 3),
                [SessionIndex.EndedAt] = i % 5 == 0 ? null : t0.AddHours(i % 2),
            }));
        }

        foreach (var row in rows)
        {
            await Storage.Grains.WriteAsync(Write(new GrainStateKey("session", row.Key, "state"), "{}", null, upserts: [row]), Token);
        }

        return (table.Name, rows.Select(Normalized).ToList());
    }
}
