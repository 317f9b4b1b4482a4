using Platform.Runtime.Indexing;

namespace Platform.Storage.Tests.Indexing;

/// <summary>Reads every page of a query by following its cursors, checking the page invariants on the way.</summary>
internal static class IndexPaging
{
    public static async Task<List<IndexRow>> ReadAllAsync(IIndexReader reader, IndexQuery query)
    {
        var rows = new List<IndexRow>();
        var next = query;
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await reader.QueryAsync(next, TestContext.Current.CancellationToken);
            Assert.True(page.Rows.Count <= query.Limit, $"a page of {page.Rows.Count} rows exceeds the limit {query.Limit}");
            rows.AddRange(page.Rows);
            if (!page.HasNextPage)
            {
                return rows;
            }

            Assert.Equal(query.Limit, page.Rows.Count);
            next = query with { After = page.EndCursor };
        }

        throw new InvalidOperationException("Paging did not end after 1000 pages.");
    }
}
