using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Lists;

/// <summary>
/// Relay connections answered from an index table (never by scanning grains): filter and order in the database,
/// keyset paging both ways (<c>first</c>/<c>after</c>, <c>last</c>/<c>before</c>; default 10, max 100), then either
/// one grain read per row (each key once per request) or, where the index row carries the whole view, no grain read at all.
/// </summary>
public static class IndexConnections
{
    /// <summary>An empty page, for filters that can match nothing (e.g. an id of another type); the arguments are still checked.</summary>
    public static Connection<TView> Empty<TView>(ResolverContext context)
    {
        _ = IndexWindow.Arguments(context);
        return new Connection<TView>([], new PageInfo(false, false, null, null), 0);
    }

    /// <summary>A page whose views are read from their grains (through <paramref name="load"/>, each key at most once per request).</summary>
    public static async Task<Connection<TView>> LoadAsync<TView>(
        ResolverContext context, string table, IReadOnlyList<IndexFilter> filters, IReadOnlyList<IndexOrder> order, Func<ResolverContext, string, Task<TView?>> load)
        where TView : class
    {
        var window = await IndexWindow.ReadAsync(context, table, filters, order).ConfigureAwait(false);
        var views = await Task.WhenAll(window.Rows.Select(r => load(context, r.Key))).ConfigureAwait(false);
        return Connect(context, table, filters, window, i => views[i]);
    }

    /// <summary>A page whose views are built from the index rows themselves (denormalised lists): one SQL page read, no grain calls.</summary>
    public static async Task<Connection<TView>> FromRowsAsync<TView>(
        ResolverContext context, string table, IReadOnlyList<IndexFilter> filters, IReadOnlyList<IndexOrder> order, Func<IndexRow, TView> view)
        where TView : class
    {
        var window = await IndexWindow.ReadAsync(context, table, filters, order).ConfigureAwait(false);
        return Connect(context, table, filters, window, i => view(window.Rows[i]));
    }

    private static Connection<TView> Connect<TView>(ResolverContext context, string table, IReadOnlyList<IndexFilter> filters, IndexWindow window, Func<int, TView?> viewAt)
        where TView : class
    {
        var edges = new List<Edge<TView>>(window.Rows.Count);
        for (var i = 0; i < window.Rows.Count; i++)
        {
            // Index rows are written with grain state in one transaction, so a missing grain was deleted after the index read.
            if (viewAt(i) is { } view)
            {
                edges.Add(new Edge<TView>(window.Cursors[i], view));
            }
        }

        var reader = context.Service<IIndexReader>();
        var pageInfo = new PageInfo(window.HasNextPage, window.HasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<TView>(edges, pageInfo, null)
        {
            Count = async cancellationToken => (int)Math.Min(await reader.CountAsync(table, filters, cancellationToken).ConfigureAwait(false), int.MaxValue),
        };
    }
}
