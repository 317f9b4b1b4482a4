using System.Text;
using Platform.Runtime.Indexing;
using Platform.Storage.Indexing;

namespace Platform.Storage.Sqlite;

/// <summary>
/// Reads the rows of one result (selected with <see cref="IndexSqlBuilder.SelectList"/>) with raw column calls on a statement
/// the caller holds (<see cref="SqliteStatement.RowColumns"/>): each row's key becomes a string at once, its column values
/// are copied into one <see cref="IndexRowBlock"/> for the whole result and decoded only when read. Not thread safe: one
/// result's reader uses it; dispose it to return its buffer.
/// </summary>
internal sealed class SqliteRowReader(IndexTable table, int expectedRows = 1) : IDisposable
{
    private readonly IndexRowBlockWriter _values = new(table.Columns.Count);
    private readonly List<(string Key, int Row)> _rows = new(expectedRows);

    /// <summary>Takes the current row of <paramref name="columns"/>' statement: the key at column 0, then the declared columns in order.</summary>
    public void Add(SqliteRowColumns columns)
    {
        var statement = columns.Statement;
        var row = _values.RowStart;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            Append(statement, i);
        }

        _rows.Add((Encoding.UTF8.GetString(SqliteNative.Text(statement, 0, out _)), row));
    }

    /// <summary>The rows taken so far, in order, sharing one block of values.</summary>
    public List<IndexRow> Rows()
    {
        var block = _values.ToBlock(table);
        var rows = new List<IndexRow>(_rows.Count);
        foreach (var (key, row) in _rows)
        {
            rows.Add(new IndexRow(table.Name, key, new IndexRowValues(block, row)));
        }

        return rows;
    }

    public void Dispose() => _values.Dispose();

    /// <summary>
    /// Declared column <paramref name="ordinal"/> (result column ordinal + 1). SQLite answers 0 or 0.0 for NULL, so the column's
    /// type is asked only when the value is one of those: one native call per number instead of two.
    /// </summary>
    private void Append(nint statement, int ordinal)
    {
        var column = ordinal + 1;
        switch (table.Columns[ordinal].Type)
        {
            case IndexColumnType.Text:
                var utf8 = SqliteNative.Text(statement, column, out var isNull);
                if (!isNull)
                {
                    _values.AppendText(ordinal, utf8);
                    return;
                }

                break;
            case IndexColumnType.Real when SqliteNative.ColumnDouble(statement, column) is var real && (real != 0 || !IsNull(statement, column)):
                _values.AppendReal(real);
                return;
            case IndexColumnType.Integer or IndexColumnType.Boolean or IndexColumnType.Timestamp
                when SqliteNative.ColumnInt64(statement, column) is var integer && (integer != 0 || !IsNull(statement, column)):
                _values.AppendInteger(integer);
                return;
            case IndexColumnType.Real or IndexColumnType.Integer or IndexColumnType.Boolean or IndexColumnType.Timestamp:
                break;
            default:
                throw new InvalidOperationException($"Unknown index column type {table.Columns[ordinal].Type}.");
        }

        _values.AppendNull();
    }

    private static bool IsNull(nint statement, int column) => SqliteNative.ColumnType(statement, column) == SQLitePCL.raw.SQLITE_NULL;
}
