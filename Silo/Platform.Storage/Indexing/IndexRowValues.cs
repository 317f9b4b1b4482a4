using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Platform.Runtime.Indexing;

namespace Platform.Storage.Indexing;

/// <summary>
/// The column values of one index row read from the database: an array in declared column order, or the row's place in its
/// page's <see cref="IndexRowBlock"/> (decoded when read), and a column-name map shared by every row of the table, instead
/// of a dictionary per row. Every declared column is present (null when the column is null), in declared order, exactly as
/// a dictionary filled column by column would enumerate. Immutable.
/// </summary>
internal sealed class IndexRowValues : IReadOnlyDictionary<string, object?>
{
    private static readonly ConditionalWeakTable<IndexTable, Dictionary<string, int>> _ordinals = [];

    private readonly IndexTable _table;
    private readonly Dictionary<string, int> _ordinalOf;
    private readonly object?[]? _values;
    private readonly IndexRowBlock? _block;
    private readonly int _row;

    /// <summary>Wraps <paramref name="values"/> (one per declared column, in order; the caller gives up the array).</summary>
    public IndexRowValues(IndexTable table, object?[] values)
    {
        if (values.Length != table.Columns.Count)
        {
            throw new ArgumentException($"Index table '{table.Name}' has {table.Columns.Count} columns; got {values.Length} values.", nameof(values));
        }

        _table = table;
        _ordinalOf = OrdinalsOf(table);
        _values = values;
    }

    /// <summary>The row starting at offset <paramref name="row"/> of <paramref name="block"/>.</summary>
    public IndexRowValues(IndexRowBlock block, int row)
    {
        _table = block.Table;
        _ordinalOf = OrdinalsOf(_table);
        _block = block;
        _row = row;
    }

    public int Count => _table.Columns.Count;

    public IEnumerable<string> Keys => _table.Columns.Select(c => c.Name);

    public IEnumerable<object?> Values => _values ?? Enumerable.Range(0, Count).Select(At);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"Index table '{_table.Name}' has no column '{key}'.");

    /// <summary>The value of the column at declared position <paramref name="ordinal"/>.</summary>
    public object? At(int ordinal) => _values is { } values ? values[ordinal] : _block!.Value(_row, ordinal);

    /// <summary>
    /// The stored integer of a non-null Integer, Boolean or Timestamp column (Unix microseconds) when the row is block-backed,
    /// so a cursor can be written without boxing the value; false otherwise (read it with <see cref="At"/>).
    /// </summary>
    public bool TryGetStoredInteger(int ordinal, out long stored)
    {
        stored = 0;
        return _block is not null && _block.TryGetStoredInteger(_row, ordinal, out stored);
    }

    /// <summary>The declared position of every column of <paramref name="table"/>, computed once per table.</summary>
    public static Dictionary<string, int> OrdinalsOf(IndexTable table) =>
        _ordinals.GetValue(table, static t => t.Columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal));

    public bool ContainsKey(string key) => _ordinalOf.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (_ordinalOf.TryGetValue(key, out var ordinal))
        {
            value = At(ordinal);
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new KeyValuePair<string, object?>(_table.Columns[i].Name, At(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
