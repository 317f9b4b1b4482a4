namespace Platform.Runtime.Indexing;

/// <summary>One typed column of an <see cref="IndexTable"/>; <see cref="Indexed"/> adds a secondary index.</summary>
public sealed record IndexColumn(string Name, IndexColumnType Type, bool Indexed = false);
