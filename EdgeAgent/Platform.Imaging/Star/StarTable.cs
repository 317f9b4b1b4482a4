using System.Globalization;

namespace Platform.Imaging.Star;

/// <summary>One STAR <c>loop_</c>: named columns (without the leading underscore, e.g. <c>rlnDefocusU</c>) and rows of raw string values.</summary>
public sealed class StarTable
{
    private readonly List<string> _columns = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string[]> _rows = [];
    private readonly List<int> _rowLines = [];

    public StarTable(IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var column in columns)
        {
            AddColumn(column, 0);
        }
    }

    public IReadOnlyList<string> Columns => _columns;

    public int RowCount => _rows.Count;

    public bool HasColumn(string column) => _index.ContainsKey(column);

    public int ColumnIndex(string column) =>
        _index.TryGetValue(column, out var i) ? i : throw new KeyNotFoundException($"The STAR table has no column '{column}'.");

    /// <summary>The raw values of row <paramref name="row"/> in column order.</summary>
    public IReadOnlyList<string> Row(int row) => _rows[row];

    public string GetString(int row, string column) => _rows[row][ColumnIndex(column)];

    /// <summary>Parses a value as a double (invariant culture); a non-numeric value throws <see cref="StarFormatException"/> with its line.</summary>
    public double GetDouble(int row, string column)
    {
        var text = GetString(row, column);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StarFormatException(LineOf(row), $"column {column} holds '{text}', not a number.");
    }

    public int GetInt32(int row, string column)
    {
        var text = GetString(row, column);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StarFormatException(LineOf(row), $"column {column} holds '{text}', not an integer.");
    }

    /// <summary>Appends a row; it must hold one value per column.</summary>
    public void AddRow(IReadOnlyList<string> values) => AddRow(values, 0);

    internal void AddColumn(string column, int line)
    {
        if (string.IsNullOrWhiteSpace(column) || column.Any(char.IsWhiteSpace))
        {
            throw new StarFormatException(line, $"'{column}' is not a valid column name.");
        }

        if (_rows.Count > 0)
        {
            throw new StarFormatException(line, $"column {column} comes after the loop's first row.");
        }

        if (!_index.TryAdd(column, _columns.Count))
        {
            throw new StarFormatException(line, $"column {column} appears twice in one loop.");
        }

        _columns.Add(column);
    }

    internal void AddRow(IReadOnlyList<string> values, int line)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != _columns.Count)
        {
            throw new StarFormatException(line, $"row has {values.Count} values but the loop has {_columns.Count} columns.");
        }

        _rows.Add([.. values]);
        _rowLines.Add(line);
    }

    private int LineOf(int row) => _rowLines[row];
}
