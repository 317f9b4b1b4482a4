using System.Text;
using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Reads the rows of one result (selected with <see cref="IndexSqlBuilder.SelectList"/>) into <see cref="IndexRowValues"/>,
/// with raw column calls on a statement the caller holds (<see cref="SqliteStatement.RowColumns"/>).
/// A list page repeats many values down a column (the facility it is filtered on, states, owners): a value equal to the
/// previous row's in the same column reuses that row's string or boxed value instead of allocating another (values are
/// immutable, so sharing them is invisible); text is compared as ASCII, so a repeated non-ASCII text is simply decoded again.
/// Not thread safe: one result's reader uses it.
/// </summary>
internal sealed class SqliteRowReader
{
    private readonly IndexTable _table;
    private readonly IndexColumnType[] _types;
    private readonly string?[] _lastText;
    private readonly object?[] _lastBoxed;
    private readonly long[] _lastInteger;

    public SqliteRowReader(IndexTable table)
    {
        _table = table;
        _types = [.. table.Columns.Select(c => c.Type)];
        _lastText = new string?[_types.Length];
        _lastBoxed = new object?[_types.Length];
        _lastInteger = new long[_types.Length];
    }

    /// <summary>The current row of <paramref name="columns"/>' statement: the key at column 0, then the declared columns in order.</summary>
    public IndexRow Read(SqliteRowColumns columns)
    {
        var statement = columns.Statement;
        var values = new object?[_types.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Value(statement, i);
        }

        var key = SqliteNative.Text(statement, 0, out _);
        return new IndexRow(_table.Name, Encoding.UTF8.GetString(key), new IndexRowValues(_table, values));
    }

    /// <summary>
    /// Declared column <paramref name="ordinal"/> (result column ordinal + 1). SQLite answers 0 or 0.0 for NULL, so the column's
    /// type is asked only when the value is one of those: one native call per number instead of two.
    /// </summary>
    private object? Value(nint statement, int ordinal)
    {
        var column = ordinal + 1;
        switch (_types[ordinal])
        {
            case IndexColumnType.Text:
                var utf8 = SqliteNative.Text(statement, column, out var isNull);
                return isNull ? null : Text(ordinal, utf8);
            case IndexColumnType.Real:
                var real = SqliteNative.ColumnDouble(statement, column);
                return real == 0 && SqliteNative.ColumnType(statement, column) == SQLitePCL.raw.SQLITE_NULL ? null : real;
            case IndexColumnType.Integer or IndexColumnType.Boolean or IndexColumnType.Timestamp:
                var integer = SqliteNative.ColumnInt64(statement, column);
                return integer == 0 && SqliteNative.ColumnType(statement, column) == SQLitePCL.raw.SQLITE_NULL ? null : Boxed(ordinal, integer);
            default:
                throw new InvalidOperationException($"Unknown index column type {_types[ordinal]}.");
        }
    }

    private string Text(int ordinal, ReadOnlySpan<byte> utf8)
    {
        if (_lastText[ordinal] is { } last && last.Length == utf8.Length && Ascii.Equals(utf8, last))
        {
            return last;
        }

        return _lastText[ordinal] = Encoding.UTF8.GetString(utf8);
    }

    /// <summary>An integer-stored value (integer, boolean, timestamp in Unix microseconds) boxed once per run of equal values.</summary>
    private object Boxed(int ordinal, long stored)
    {
        if (_lastBoxed[ordinal] is { } last && _lastInteger[ordinal] == stored)
        {
            return last;
        }

        var boxed = _types[ordinal] switch
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
