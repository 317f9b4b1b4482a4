namespace Platform.Runtime.Indexing;

/// <summary>
/// A query table that mirrors grain state (sessions, bookings, ...). Every row has a text primary key
/// <c>key</c> (the grain key) plus the declared columns. Rows are written in the same transaction as
/// the grain state they mirror, so a list query never sees a row that disagrees with its grain.
/// </summary>
public sealed record IndexTable(string Name, IReadOnlyList<IndexColumn> Columns)
{
    /// <summary>Multi-column secondary indexes, beside the single-column ones <see cref="IndexColumn.Indexed"/> declares.</summary>
    public IReadOnlyList<CompositeIndex> CompositeIndexes { get; init; } = [];

    public IndexColumn Column(string name) =>
        Columns.FirstOrDefault(c => c.Name == name)
        ?? throw new ArgumentException($"Index table '{Name}' has no column '{name}'.", nameof(name));
}
