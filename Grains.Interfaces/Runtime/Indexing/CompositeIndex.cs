namespace Platform.Runtime.Indexing;

/// <summary>
/// A secondary index over several columns of an <see cref="IndexTable"/>, in order, with the row key appended last: for queries
/// that filter on the leading columns by equality and sort on the next one (a session's micrographs by a metric), so the
/// database reads the page from the index instead of scanning and sorting every row of the session.
/// </summary>
public sealed record CompositeIndex(IReadOnlyList<string> Columns);
