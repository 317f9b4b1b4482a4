using System.Buffers;
using System.Text;
using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Reads the rows of one result (selected with <see cref="IndexSqlBuilder.SelectList"/>) into <see cref="IndexRowValues"/>.
/// A list page repeats many values down a column (the facility it is filtered on, states, owners): a text or timestamp
/// (or integer, boolean) equal to the previous row's value in the same column reuses that row's string or boxed value instead of allocating
/// another (values are immutable, so sharing them is invisible). Not thread safe: one result's reader uses it.
/// </summary>
internal sealed class SqliteRowReader : IDisposable
{
    private readonly IndexTable _table;
    private readonly string?[] _lastText;
    private readonly byte[]?[] _lastUtf8;
    private readonly int[] _lastUtf8Length;
    private readonly object?[] _lastBoxed;
    private readonly long[] _lastInteger;

    public SqliteRowReader(IndexTable table)
    {
        _table = table;
        var count = table.Columns.Count;
        _lastText = new string?[count];
        _lastUtf8 = new byte[]?[count];
        _lastUtf8Length = new int[count];
        _lastBoxed = new object?[count];
        _lastInteger = new long[count];
    }

    /// <summary>The statement's current row: the key at column 0, then the declared columns in order.</summary>
    public IndexRow Read(SqliteStatement statement)
    {
        var values = new object?[_table.Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Value(statement, i);
        }

        return new IndexRow(_table.Name, statement.GetString(0), new IndexRowValues(_table, values));
    }

    /// <summary>
    /// Declared column <paramref name="ordinal"/> (result column ordinal + 1). SQLite answers 0, 0.0 or no bytes for NULL, so
    /// the column's type is asked only when the value is one of those: one native call per column instead of two.
    /// </summary>
    private object? Value(SqliteStatement statement, int ordinal)
    {
        var column = ordinal + 1;
        switch (_table.Columns[ordinal].Type)
        {
            case IndexColumnType.Text:
                var utf8 = statement.GetUtf8(column);
                return utf8.IsEmpty && statement.IsNull(column) ? null : Text(ordinal, utf8);
            case IndexColumnType.Real:
                var real = statement.GetDouble(column);
                return real == 0 && statement.IsNull(column) ? null : real;
            case IndexColumnType.Integer or IndexColumnType.Boolean or IndexColumnType.Timestamp:
                var integer = statement.GetInt64(column);
                if (integer == 0 && statement.IsNull(column))
                {
                    return null;
                }

                return Boxed(ordinal, integer);
            default:
                throw new InvalidOperationException($"Unknown index column type {_table.Columns[ordinal].Type}.");
        }
    }

    public void Dispose()
    {
        for (var i = 0; i < _lastUtf8.Length; i++)
        {
            if (_lastUtf8[i] is { } buffer)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                _lastUtf8[i] = null;
            }
        }
    }

    private string Text(int ordinal, ReadOnlySpan<byte> utf8)
    {
        if (_lastText[ordinal] is { } last && utf8.SequenceEqual(_lastUtf8[ordinal].AsSpan(0, _lastUtf8Length[ordinal])))
        {
            return last;
        }

        var text = Encoding.UTF8.GetString(utf8);
        if (_lastUtf8[ordinal] is not { } buffer || buffer.Length < utf8.Length)
        {
            if (_lastUtf8[ordinal] is { } small)
            {
                ArrayPool<byte>.Shared.Return(small);
            }

            buffer = ArrayPool<byte>.Shared.Rent(Math.Max(utf8.Length, 64));
            _lastUtf8[ordinal] = buffer;
        }

        utf8.CopyTo(buffer);
        _lastUtf8Length[ordinal] = utf8.Length;
        _lastText[ordinal] = text;
        return text;
    }

    /// <summary>An integer-stored value (integer, boolean, timestamp in Unix microseconds) boxed once per run of equal values.</summary>
    private object Boxed(int ordinal, long stored)
    {
        if (_lastBoxed[ordinal] is { } last && _lastInteger[ordinal] == stored)
        {
            return last;
        }

        var boxed = _table.Columns[ordinal].Type switch
        {
            IndexColumnType.Integer => stored,
            IndexColumnType.Boolean => stored != 0,
            _ => (object)IndexValues.FromUnixMicroseconds(stored),
        };
        _lastBoxed[ordinal] = boxed;
        _lastInteger[ordinal] = stored;
        return boxed;
    }
}
