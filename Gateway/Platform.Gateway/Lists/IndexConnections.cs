using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Lists;

/// <summary>
/// Relay connections answered from an index table (never by scanning grains): filter and order in the database,
/// forward keyset paging with <c>first</c>/<c>after</c> (default 10, max 100), then one batched grain read per page.
/// </summary>
public static class IndexConnections
{
    /// <summary>Adds the forward paging arguments index-backed lists accept.</summary>
    public static GraphQL.Building.FieldDescriptor ForwardPaging(this GraphQL.Building.FieldDescriptor field) => field
        .Argument("first", "Int", description: "Returns the first n elements (default 10, at most 100).")
        .Argument("after", "String", description: "Returns the elements after this cursor.");

    /// <summary>An empty page, for filters that can match nothing (e.g. an id of another type).</summary>
    public static Connection<TView> Empty<TView>(ResolverContext context)
    {
        var arguments = ConnectionArguments.From(context);
        if (arguments.After is not null)
        {
            EdgeCursor.Decode(arguments.After);
        }

        return new Connection<TView>([], new PageInfo(false, arguments.After is not null, null, null), 0);
    }

    public static async Task<Connection<TView>> LoadAsync<TView>(
        ResolverContext context, string table, IReadOnlyList<IndexFilter> filters, IReadOnlyList<IndexOrder> order, Func<ResolverContext, string, Task<TView?>> load)
        where TView : class
    {
        var arguments = ConnectionArguments.From(context);
        var first = arguments.First ?? PagingOptions.Default.DefaultPageSize;
        var cursor = arguments.After is null ? EdgeCursor.Start : EdgeCursor.Decode(arguments.After);
        var reader = context.Service<IIndexReader>();
        IndexPage page;
        try
        {
            page = await reader.QueryAsync(
                new IndexQuery(table) { Filters = filters, Order = order, Limit = cursor.Skip + Math.Max(first, 1), After = cursor.IndexAfter },
                context.CancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException exception) when (exception.ParamName == nameof(IndexQuery.After))
        {
            throw new GraphQLException($"\"{arguments.After}\" is not a valid cursor for this list: {exception.Message}", ErrorCodes.InvalidCursor);
        }
        catch (ArgumentException exception)
        {
            // A filter value the index cannot hold (e.g. text with NUL): the caller's input, not a server fault.
            throw new GraphQLException($"The list's filter is invalid: {exception.Message}", ErrorCodes.BadUserInput);
        }

        var rows = page.Rows.Skip(cursor.Skip).Take(first).ToList();
        var views = await Task.WhenAll(rows.Select(r => load(context, r.Key))).ConfigureAwait(false);
        var edges = new List<Edge<TView>>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var consumed = cursor.Skip + i + 1;
            var edgeCursor = consumed == page.Rows.Count ? new EdgeCursor(page.EndCursor, 0) : cursor with { Skip = consumed };

            // Index rows are written with grain state in one transaction, so a missing grain was deleted after the index read.
            if (views[i] is { } view)
            {
                edges.Add(new Edge<TView>(edgeCursor.Encode(), view));
            }
        }

        var hasNext = page.Rows.Count > cursor.Skip + first || page.HasNextPage;
        var total = await reader.CountAsync(table, filters, context.CancellationToken).ConfigureAwait(false);
        var pageInfo = new PageInfo(hasNext, cursor.IndexAfter is not null || cursor.Skip > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<TView>(edges, pageInfo, (int)Math.Min(total, int.MaxValue));
    }
}
