namespace Platform.Runtime.Indexing;

/// <summary>
/// A filtered, ordered, keyset-paged read of one index table. Filters are ANDed. Ordering always ends
/// with the row key so pages are stable; <see cref="After"/> is the cursor returned with the previous page.
/// </summary>
public sealed record IndexQuery(string Table)
{
    public IReadOnlyList<IndexFilter> Filters { get; init; } = [];

    public IReadOnlyList<IndexOrder> Order { get; init; } = [];

    /// <summary>Maximum rows to return (1 to 10,000).</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Opaque cursor from <see cref="IndexPage.EndCursor"/>; null for the first page.</summary>
    public string? After { get; init; }
}
