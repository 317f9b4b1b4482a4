namespace Platform.GraphQL.Relay;

/// <summary>Relay <c>PageInfo</c>: whether more items exist either side of the page, and its edge cursors.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
