using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>Turns the limit + 1 rows a page query fetched into an <see cref="IndexPage"/> with a cursor per row.</summary>
internal static class IndexPages
{
    /// <summary>
    /// <paramref name="rows"/> come in the order the SQL read them: the query's order, or for a
    /// <see cref="IndexQuery.FromEnd"/> read the reversed order (nearest the upper bound first), turned back here.
    /// </summary>
    public static IndexPage Create(List<IndexRow> rows, IndexQuery query, IndexTable table, IReadOnlyList<SortKey> order)
    {
        var hasMore = rows.Count > query.Limit;
        if (hasMore)
        {
            rows.RemoveRange(query.Limit, rows.Count - query.Limit);
        }

        if (query.FromEnd)
        {
            rows.Reverse();
        }

        var cursors = new string[rows.Count];
        using (var writer = new IndexCursorWriter(order, table))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                cursors[i] = writer.Encode(rows[i]);
            }
        }

        return new IndexPage(rows, cursors.Length > 0 ? cursors[^1] : null, HasNextPage: hasMore && !query.FromEnd)
        {
            RowCursors = cursors,
            StartCursor = cursors.Length > 0 ? cursors[0] : null,
            HasPreviousPage = hasMore && query.FromEnd,
        };
    }
}
