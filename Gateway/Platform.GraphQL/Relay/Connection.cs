namespace Platform.GraphQL.Relay;

/// <summary>A Relay connection page: edges, page info and (when known) the total count.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount)
{
    public IReadOnlyList<T> Nodes => [.. Edges.Select(e => e.Node)];
}
