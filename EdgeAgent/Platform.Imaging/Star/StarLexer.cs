namespace Platform.Imaging.Star;

/// <summary>
/// Splits STAR text into logical lines of tokens (STAR 1.1, Hall &amp; Spadaccini 1994; the subset RELION reads and writes):
/// whitespace-separated values, <c>'…'</c> / <c>"…"</c> quotes that end at a matching quote followed by whitespace,
/// <c>#</c> comments, and <c>;</c> text fields spanning lines.
/// </summary>
internal sealed class StarLexer(TextReader reader)
{
    private int _line;

    /// <summary>The tokens of the next line holding any (a text field counts as one token on its opening line), or null at the end.</summary>
    public List<StarToken>? NextLine()
    {
        while (reader.ReadLine() is { } text)
        {
            _line++;
            var tokens = text.StartsWith(';') ? [ReadTextField(text)] : Split(text, _line);
            if (tokens.Count > 0)
            {
                return tokens;
            }
        }

        return null;
    }

    private StarToken ReadTextField(string first)
    {
        var start = _line;
        var lines = new List<string> { first[1..] };
        while (reader.ReadLine() is { } text)
        {
            _line++;
            if (text.StartsWith(';'))
            {
                if (text[1..].Trim().Length > 0 && !text[1..].TrimStart().StartsWith('#'))
                {
                    throw new StarFormatException(_line, "text after the ';' that closes a text field.");
                }

                var body = lines[0].Length == 0 ? lines.Skip(1) : lines;
                return new StarToken(string.Join('\n', body), true, start);
            }

            lines.Add(text);
        }

        throw new StarFormatException(start, "text field opened with ';' is never closed.");
    }

    private static List<StarToken> Split(string text, int line)
    {
        var tokens = new List<StarToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] == '#')
            {
                break;
            }

            if (text[i] is '\'' or '"')
            {
                var quote = text[i];
                var end = i + 1;
                while (end < text.Length && !(text[end] == quote && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))))
                {
                    end++;
                }

                if (end >= text.Length)
                {
                    throw new StarFormatException(line, $"quoted value starting at column {i + 1} is not closed.");
                }

                tokens.Add(new StarToken(text[(i + 1)..end], true, line));
                i = end + 1;
                continue;
            }

            var stop = i;
            while (stop < text.Length && !char.IsWhiteSpace(text[stop]))
            {
                stop++;
            }

            tokens.Add(new StarToken(text[i..stop], false, line));
            i = stop;
        }

        return tokens;
    }
}
