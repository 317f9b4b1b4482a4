using System.Globalization;

namespace Platform.Imaging.Star;

/// <summary>
/// Writes STAR text as it goes (nothing is buffered beyond the <see cref="TextWriter"/>'s own buffer, so memory stays flat in
/// the number of rows): blocks, simple pairs and loops, quoting values that need it so <see cref="StarReader"/> reads them back.
/// </summary>
public sealed class StarWriter(TextWriter writer)
{
    private int _loopColumns = -1;

    /// <summary>Writes a whole document (the round trip of <see cref="StarReader"/>).</summary>
    public static void Write(StarDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        var star = new StarWriter(writer);
        foreach (var block in document.Blocks)
        {
            star.BeginBlock(block.Name);
            foreach (var pair in block.Pairs)
            {
                star.WritePair(pair.Key, pair.Value);
            }

            foreach (var loop in block.Loops)
            {
                star.BeginLoop(loop.Columns);
                for (var row = 0; row < loop.RowCount; row++)
                {
                    star.WriteRow(loop.Row(row));
                }
            }
        }
    }

    /// <summary>Formats a number so it parses back to the same double (invariant culture, round-trip).</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a number with a fixed count of decimals, as RELION's tables do.</summary>
    public static string Format(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public void WriteComment(string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        if (comment.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("A STAR comment is one line.", nameof(comment));
        }

        writer.Write("# ");
        writer.WriteLine(comment);
    }

    public void BeginBlock(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"Block name '{name}' contains whitespace.", nameof(name));
        }

        _loopColumns = -1;
        writer.WriteLine();
        writer.Write("data_");
        writer.WriteLine(name);
        writer.WriteLine();
    }

    public void WritePair(string name, string value)
    {
        CheckName(name);
        _loopColumns = -1;
        writer.Write('_');
        writer.Write(name);
        var quoted = StarValue.Quote(value);
        writer.Write(quoted[0] == ';' ? writer.NewLine : " "); // a text field must start a line
        writer.WriteLine(quoted);
    }

    public void BeginLoop(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A loop needs at least one column.", nameof(columns));
        }

        writer.WriteLine("loop_");
        for (var i = 0; i < columns.Count; i++)
        {
            CheckName(columns[i]);
            writer.Write('_');
            writer.Write(columns[i]);
            writer.Write(" #");
            writer.WriteLine((i + 1).ToString(CultureInfo.InvariantCulture));
        }

        _loopColumns = columns.Count;
    }

    /// <summary>Writes one loop row; it must hold one value per column of the current loop.</summary>
    public void WriteRow(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (_loopColumns < 0)
        {
            throw new InvalidOperationException("WriteRow needs an open loop (BeginLoop).");
        }

        if (values.Count != _loopColumns)
        {
            throw new ArgumentException($"The loop has {_loopColumns} columns; the row has {values.Count} values.", nameof(values));
        }

        for (var i = 0; i < values.Count; i++)
        {
            var quoted = StarValue.Quote(values[i]);
            if (quoted[0] == ';')
            {
                throw new ArgumentException($"Loop value '{values[i]}' cannot be written on one line (RELION reads one row per line).", nameof(values));
            }

            if (i > 0)
            {
                writer.Write(' ');
            }

            writer.Write(quoted);
        }

        writer.WriteLine();
    }

    private static void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Any(char.IsWhiteSpace) || name[0] == '_')
        {
            throw new ArgumentException($"'{name}' is not a STAR name (no whitespace, no leading underscore).", nameof(name));
        }
    }
}
