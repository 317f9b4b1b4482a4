namespace Platform.Runtime.Indexing;

/// <summary>
/// Implemented by grain state classes that are mirrored into index tables. The runtime asks for the
/// rows on every write and writes them in the same transaction as the state; on clear it deletes the
/// rows the state last produced.
/// </summary>
public interface IIndexedState
{
    IReadOnlyList<IndexRow> ToIndexRows(string grainKey);
}
