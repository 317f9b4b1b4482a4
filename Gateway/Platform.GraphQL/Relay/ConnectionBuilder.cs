namespace Platform.GraphQL.Relay;

/// <summary>Slices a list into a Relay connection page (Relay Cursor Connections spec, ApplyCursorsToEdges / EdgesToReturn).</summary>
public static class ConnectionBuilder
{
    public static Connection<T> FromList<T>(IReadOnlyList<T> items, ConnectionArguments arguments)
    {
        var start = 0;
        var end = items.Count;
        if (arguments.After is not null)
        {
            start = Math.Clamp(ConnectionArguments.DecodeCursor(arguments.After) + 1, 0, items.Count);
        }

        if (arguments.Before is not null)
        {
            end = Math.Clamp(ConnectionArguments.DecodeCursor(arguments.Before), start, items.Count);
        }

        var sliceStart = start;
        var sliceEnd = end;
        if (arguments.First is { } first && sliceEnd - sliceStart > first)
        {
            sliceEnd = sliceStart + first;
        }

        if (arguments.Last is { } last && sliceEnd - sliceStart > last)
        {
            sliceStart = sliceEnd - last;
        }

        var edges = new List<Edge<T>>(sliceEnd - sliceStart);
        for (var i = sliceStart; i < sliceEnd; i++)
        {
            edges.Add(new Edge<T>(ConnectionArguments.EncodeCursor(i), items[i]));
        }

        var pageInfo = new PageInfo(
            HasNextPage: sliceEnd < end || (arguments.Before is not null && end < items.Count),
            HasPreviousPage: sliceStart > start || (arguments.After is not null && start > 0),
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, items.Count);
    }

    /// <summary>Wraps a page the service layer fetched itself (items starting at <paramref name="offset"/> in the full result).</summary>
    public static Connection<T> FromPage<T>(IReadOnlyList<T> page, int offset, bool hasNextPage, int? totalCount)
    {
        var edges = page.Select((item, i) => new Edge<T>(ConnectionArguments.EncodeCursor(offset + i), item)).ToList();
        var pageInfo = new PageInfo(hasNextPage, offset > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, totalCount);
    }
}
