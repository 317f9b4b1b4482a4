namespace Platform.Runtime.Indexing;

/// <summary>
/// A filtered, ordered, keyset-paged read of one index table. Filters are ANDed. Ordering always ends
/// with the row key so pages are stable; <see cref="After"/> and <see cref="Before"/> are row cursors
/// (<see cref="IndexPage.RowCursors"/>, <see cref="IndexPage.EndCursor"/>, <see cref="IndexPage.StartCursor"/>).
/// </summary>
public sealed record IndexQuery(string Table)
{
    public IReadOnlyList<IndexFilter> Filters { get; init; } = [];

    public IReadOnlyList<IndexOrder> Order { get; init; } = [];

    /// <summary>Maximum rows to return (1 to 10,000).</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Only rows strictly after this cursor's row in the query's order; null for no lower bound.</summary>
    public string? After { get; init; }

    /// <summary>Only rows strictly before this cursor's row in the query's order; null for no upper bound.</summary>
    public string? Before { get; init; }

    /// <summary>
    /// Backward paging: the page is the last <see cref="Limit"/> rows of the range instead of the first (rows still come
    /// in query order), and <see cref="IndexPage.HasPreviousPage"/> tells whether more rows of the range precede it.
    /// </summary>
    public bool FromEnd { get; init; }
}
