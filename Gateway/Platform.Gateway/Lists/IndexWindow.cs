using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Lists;

/// <summary>
/// The rows of one connection page read from an index with keyset cursors (Relay Cursor Connections spec,
/// ApplyCursorsToEdges / EdgesToReturn): <c>after</c>/<c>before</c> bound the range in SQL, <c>first</c> reads from its
/// start, <c>last</c> from its end. Every edge cursor is the index's own row cursor, so both directions page stably
/// while rows are added or removed elsewhere in the list.
/// </summary>
internal sealed record IndexWindow(IReadOnlyList<IndexRow> Rows, IReadOnlyList<string> Cursors, bool HasPreviousPage, bool HasNextPage)
{
    public static async Task<IndexWindow> ReadAsync(ResolverContext context, string table, IReadOnlyList<IndexFilter> filters, IReadOnlyList<IndexOrder> order)
    {
        var arguments = Arguments(context);
        var backward = arguments.Last is not null;
        var size = backward ? arguments.Last!.Value : arguments.First!.Value;
        var reader = context.Service<IIndexReader>();
        var query = new IndexQuery(table) { Filters = filters, Order = order, Limit = Math.Max(size, 1), After = arguments.After, Before = arguments.Before, FromEnd = backward };
        var page = await QueryAsync(reader, query, context).ConfigureAwait(false);
        var (rows, cursors) = size == 0 ? ([], []) : (page.Rows, page.RowCursors);

        // The spec's "more beyond the range" sides (hasPreviousPage after `after`, hasNextPage before `before`) are one
        // LIMIT 1 read each, anchored on the row nearest that side (or the other cursor when the range is empty).
        var hasPrevious = backward
            ? page.HasPreviousPage || (size == 0 && page.Rows.Count > 0)
            : arguments.After is not null && await ExistsAsync(reader, query with { After = null, Before = page.StartCursor ?? arguments.Before, FromEnd = true }, context).ConfigureAwait(false);
        var hasNext = backward
            ? arguments.Before is not null && await ExistsAsync(reader, query with { Before = null, After = page.EndCursor ?? arguments.After, FromEnd = false }, context).ConfigureAwait(false)
            : page.HasNextPage || (size == 0 && page.Rows.Count > 0);
        return new IndexWindow(rows, cursors, hasPrevious, hasNext);
    }

    /// <summary>The paging arguments; <c>first</c> and <c>last</c> together are refused (the spec strongly discourages them).</summary>
    public static ConnectionArguments Arguments(ResolverContext context)
    {
        var arguments = ConnectionArguments.From(context);
        if (arguments.First is not null && arguments.Last is not null)
        {
            throw new GraphQLException("Pass either \"first\" (with \"after\") or \"last\" (with \"before\"), not both.", ErrorCodes.BadUserInput);
        }

        return arguments;
    }

    private static async Task<bool> ExistsAsync(IIndexReader reader, IndexQuery query, ResolverContext context) =>
        (await QueryAsync(reader, query with { Limit = 1 }, context).ConfigureAwait(false)).Rows.Count > 0;

    private static async Task<IndexPage> QueryAsync(IIndexReader reader, IndexQuery query, ResolverContext context)
    {
        try
        {
            return await reader.QueryAsync(query, context.CancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException exception) when (exception.ParamName is nameof(IndexQuery.After) or nameof(IndexQuery.Before))
        {
            var name = exception.ParamName == nameof(IndexQuery.After) ? "after" : "before";
            throw new GraphQLException($"\"{context.Argument<string>(name)}\" is not a valid \"{name}\" cursor for this list: {exception.Message}", ErrorCodes.InvalidCursor);
        }
        catch (ArgumentException exception)
        {
            // A filter value the index cannot hold (e.g. text with NUL): the caller's input, not a server fault.
            throw new GraphQLException($"The list's filter is invalid: {exception.Message}", ErrorCodes.BadUserInput);
        }
    }
}
