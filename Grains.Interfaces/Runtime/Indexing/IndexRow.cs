namespace Platform.Runtime.Indexing;

/// <summary>One row of an index table: its key and column values (columns not named are null).</summary>
public sealed record IndexRow(string Table, string Key, IReadOnlyDictionary<string, object?> Values);
