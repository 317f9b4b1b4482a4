using Platform.Runtime.Indexing;
using Platform.Storage.Tests.Indexing;

namespace Platform.Storage.Tests.Contract;

/// <summary>Backward keyset paging (FromEnd, Before) and per-row cursors, against the in-memory reference answer.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task Paging_backwards_from_the_end_returns_every_row_in_reverse_page_order()
    {
        var (table, expectedRows) = await SeedPagingTableAsync();
        foreach (var (name, filters, order) in IndexDataset.Queries())
        {
            var expected = IndexOracle.Query(expectedRows, filters, order).Select(r => r.Key).ToList();
            var pages = new List<List<string>>();
            var query = new IndexQuery(table) { Filters = filters, Order = order, Limit = 7, FromEnd = true };
            for (var guard = 0; guard < 100; guard++)
            {
                var page = await Storage.Indexes.QueryAsync(query, Token);
                pages.Insert(0, [.. page.Rows.Select(r => r.Key)]);
                Assert.False(page.HasNextPage, $"query '{name}': a FromEnd page reports HasNextPage");
                Assert.Equal(page.Rows.Count, page.RowCursors.Count);
                if (!page.HasPreviousPage)
                {
                    break;
                }

                Assert.Equal(7, page.Rows.Count);
                query = query with { Before = page.StartCursor };
            }

            var actual = pages.SelectMany(p => p).ToList();
            Assert.True(expected.SequenceEqual(actual), $"query '{name}': expected [{string.Join(", ", expected)}] but got [{string.Join(", ", actual)}]");
        }
    }

    [Fact]
    public async Task A_range_between_two_row_cursors_is_read_from_either_end()
    {
        var (table, expectedRows) = await SeedPagingTableAsync();
        foreach (var (name, filters, order) in IndexDataset.Queries())
        {
            var expected = IndexOracle.Query(expectedRows, filters, order).Select(r => r.Key).ToList();
            if (expected.Count < 6)
            {
                continue;
            }

            var all = await Storage.Indexes.QueryAsync(new IndexQuery(table) { Filters = filters, Order = order, Limit = 1000 }, Token);
            var (low, high) = (1, expected.Count - 2);
            var range = new IndexQuery(table) { Filters = filters, Order = order, Limit = 3, After = all.RowCursors[low], Before = all.RowCursors[high] };

            var first = await Storage.Indexes.QueryAsync(range, Token);
            var last = await Storage.Indexes.QueryAsync(range with { FromEnd = true }, Token);

            Assert.Equal(expected[(low + 1)..(low + 4)], first.Rows.Select(r => r.Key));
            Assert.Equal(high - low - 1 > 3, first.HasNextPage);
            Assert.Equal(expected[(high - 3)..high], last.Rows.Select(r => r.Key));
            Assert.Equal(high - low - 1 > 3, last.HasPreviousPage);
            Assert.True(last.RowCursors.SequenceEqual(all.RowCursors.Skip(high - 3).Take(3)), $"query '{name}': row cursors differ between reads");
        }
    }

    [Fact]
    public async Task Reading_before_the_first_row_or_after_the_last_is_an_empty_page()
    {
        var (table, _) = await SeedPagingTableAsync();
        var all = await Storage.Indexes.QueryAsync(new IndexQuery(table) { Order = [new("name", Descending: true)], Limit = 1000 }, Token);
        var query = new IndexQuery(table) { Order = [new("name", Descending: true)], Limit = 5 };

        var beforeFirst = await Storage.Indexes.QueryAsync(query with { Before = all.StartCursor, FromEnd = true }, Token);
        var afterLast = await Storage.Indexes.QueryAsync(query with { After = all.EndCursor }, Token);
        var moreThanAll = await Storage.Indexes.QueryAsync(query with { Limit = 1000, FromEnd = true }, Token);

        Assert.Empty(beforeFirst.Rows);
        Assert.False(beforeFirst.HasPreviousPage);
        Assert.Null(beforeFirst.StartCursor);
        Assert.Empty(afterLast.Rows);
        Assert.False(afterLast.HasNextPage);
        Assert.Equal(all.Rows.Select(r => r.Key), moreThanAll.Rows.Select(r => r.Key));
        Assert.False(moreThanAll.HasPreviousPage);
    }

    [Fact]
    public async Task A_malformed_or_foreign_before_cursor_is_rejected_naming_before()
    {
        var (table, _) = await SeedPagingTableAsync();
        var byName = await Storage.Indexes.QueryAsync(new IndexQuery(table) { Order = [new("name")], Limit = 2 }, Token);

        var malformed = await Assert.ThrowsAnyAsync<ArgumentException>(() => Storage.Indexes.QueryAsync(new IndexQuery(table) { Before = "not-a-cursor", FromEnd = true }, Token));
        var foreign = await Assert.ThrowsAnyAsync<ArgumentException>(() => Storage.Indexes.QueryAsync(new IndexQuery(table) { Before = byName.StartCursor }, Token));

        Assert.Equal(nameof(IndexQuery.Before), malformed.ParamName);
        Assert.Equal(nameof(IndexQuery.Before), foreign.ParamName);
    }

    private async Task<(string Table, List<IndexRow> Rows)> SeedPagingTableAsync()
    {
        var table = IndexDataset.Table(UniqueTable("paging"));
        await Storage.InitializeAsync([table], Token);
        var rows = IndexDataset.Rows(table.Name);
        foreach (var row in rows)
        {
            await Storage.Grains.WriteAsync(Write(new GrainStateKey("session", row.Key, "state"), "{}", null, upserts: [row]), Token);
        }

        return (table.Name, rows.Select(Normalized).ToList());
    }
}
