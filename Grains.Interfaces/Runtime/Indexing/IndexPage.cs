namespace Platform.Runtime.Indexing;

/// <summary>
/// One page of index rows in query order. <see cref="HasNextPage"/>: more rows of the range follow the page (forward reads;
/// always false for <see cref="IndexQuery.FromEnd"/> reads). <see cref="HasPreviousPage"/>: more rows of the range precede
/// it (<see cref="IndexQuery.FromEnd"/> reads only; forward reads leave it false).
/// </summary>
public sealed record IndexPage(IReadOnlyList<IndexRow> Rows, string? EndCursor, bool HasNextPage)
{
    /// <summary>Each row's own cursor, parallel to <see cref="Rows"/>: usable as <see cref="IndexQuery.After"/> or <see cref="IndexQuery.Before"/>.</summary>
    public IReadOnlyList<string> RowCursors { get; init; } = [];

    /// <summary>The first row's cursor; null for an empty page.</summary>
    public string? StartCursor { get; init; }

    public bool HasPreviousPage { get; init; }
}
