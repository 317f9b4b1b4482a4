namespace Platform.Imaging.Star;

/// <summary>
/// Reads STAR files as RELION writes them (3.0 anonymous <c>data_</c>, 3.1+ <c>data_optics</c> / <c>data_micrographs</c> /
/// <c>data_particles</c>, RELION 5): blocks of simple pairs and loops, one loop row per line as RELION requires.
/// Malformed input throws <see cref="StarFormatException"/> with the line number.
/// </summary>
public static class StarReader
{
    public static StarDocument Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static StarDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader);
    }

    public static StarDocument Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lexer = new StarLexer(reader);
        var document = new StarDocument();
        StarBlock? block = null;
        StarTable? loop = null;
        var inHeader = false;
        string? pendingName = null;
        var pendingLine = 0;

        while (lexer.NextLine() is { } tokens)
        {
            var first = tokens[0];
            var line = first.Line;
            if (pendingName is not null)
            {
                if (first.IsDataName || first.StartsWithKeyword("data_") || first.IsKeyword("loop_") || tokens.Count != 1)
                {
                    throw new StarFormatException(pendingLine, $"_{pendingName} has no value.");
                }

                block!.AddPair(pendingName, first.Text);
                pendingName = null;
                continue;
            }

            if (first.StartsWithKeyword("data_"))
            {
                ExpectAlone(tokens, "data_ header");
                block = new StarBlock(first.Text[5..]);
                document.Add(block);
                (loop, inHeader) = (null, false);
                continue;
            }

            if (first.StartsWithKeyword("save_") || first.StartsWithKeyword("global_"))
            {
                throw new StarFormatException(line, $"'{first.Text}' frames are not used by RELION and are not supported.");
            }

            if (block is null)
            {
                throw new StarFormatException(line, $"'{first.Text}' comes before the first data_ block.");
            }

            if (first.IsKeyword("loop_"))
            {
                ExpectAlone(tokens, "loop_");
                loop = new StarTable([]);
                block.AddLoop(loop);
                inHeader = true;
                continue;
            }

            if (first.IsKeyword("stop_"))
            {
                (loop, inHeader) = (null, false);
                continue;
            }

            if (first.IsDataName && inHeader)
            {
                ExpectAlone(tokens, "column name");
                loop!.AddColumn(first.Text[1..], line);
                continue;
            }

            if (first.IsDataName)
            {
                loop = null;
                if (tokens.Count > 2)
                {
                    throw new StarFormatException(line, $"_{first.Text[1..]} has {tokens.Count - 1} values; a simple item takes one.");
                }

                if (tokens.Count == 1)
                {
                    (pendingName, pendingLine) = (first.Text[1..], line);
                    continue;
                }

                block.AddPair(first.Text[1..], tokens[1].Text);
                continue;
            }

            if (loop is null)
            {
                throw new StarFormatException(line, $"value '{first.Text}' is outside any loop and belongs to no name.");
            }

            if (loop.Columns.Count == 0)
            {
                throw new StarFormatException(line, "loop_ has rows but no column names.");
            }

            inHeader = false;
            loop.AddRow(tokens.Select(t => t.Text).ToArray(), line);
        }

        if (pendingName is not null)
        {
            throw new StarFormatException(pendingLine, $"_{pendingName} has no value.");
        }

        return document;
    }

    private static void ExpectAlone(List<StarToken> tokens, string what)
    {
        if (tokens.Count > 1)
        {
            throw new StarFormatException(tokens[0].Line, $"unexpected '{tokens[1].Text}' after the {what}.");
        }
    }
}
