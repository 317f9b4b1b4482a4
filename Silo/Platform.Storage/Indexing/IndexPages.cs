using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>Turns the limit + 1 rows a page query fetched into an <see cref="IndexPage"/> with its cursor.</summary>
internal static class IndexPages
{
    public static IndexPage Create(List<IndexRow> rows, int limit, IReadOnlyList<SortKey> order)
    {
        var hasNext = rows.Count > limit;
        if (hasNext)
        {
            rows.RemoveRange(limit, rows.Count - limit);
        }

        string? cursor = null;
        if (rows.Count > 0)
        {
            var last = rows[^1];
            cursor = IndexCursor.Encode(order, [.. order.Select(k => k.Column == IndexCatalog.KeyColumn ? last.Key : last.Values[k.Column])]);
        }

        return new IndexPage(rows, cursor, hasNext);
    }
}
