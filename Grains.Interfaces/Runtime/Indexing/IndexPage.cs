namespace Platform.Runtime.Indexing;

/// <summary>One page of index rows, with the cursor to continue after its last row.</summary>
public sealed record IndexPage(IReadOnlyList<IndexRow> Rows, string? EndCursor, bool HasNextPage);
