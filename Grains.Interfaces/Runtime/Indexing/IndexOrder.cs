namespace Platform.Runtime.Indexing;

/// <summary>One sort key of an <see cref="IndexQuery"/>; nulls sort first ascending and last descending.</summary>
public sealed record IndexOrder(string Column, bool Descending = false);
