using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>One validated sort column of an index query, with its type (the key column is Text).</summary>
internal readonly record struct SortKey(string Column, IndexColumnType Type, bool Descending);
