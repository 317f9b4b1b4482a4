namespace Platform.GraphQL.Relay;

/// <summary>
/// A Relay connection page: edges, page info and the total count, given up front (<see cref="TotalCount"/>) or counted
/// only when a query selects <c>totalCount</c> (<see cref="Count"/>), so pages that do not ask skip the count.
/// </summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount)
{
    public IReadOnlyList<T> Nodes => [.. Edges.Select(e => e.Node)];

    /// <summary>Counts the whole list on demand; used when <see cref="TotalCount"/> is null.</summary>
    public Func<CancellationToken, Task<int>>? Count { get; init; }

    public async Task<int?> TotalCountAsync(CancellationToken cancellationToken) =>
        TotalCount ?? (Count is null ? null : await Count(cancellationToken).ConfigureAwait(false));
}
