namespace Platform.Imaging.Star;

/// <summary>Quotes STAR values that would otherwise be read as something else (empty, whitespace, reserved words, leading _ # $ ' " ;).</summary>
internal static class StarValue
{
    private static readonly string[] _reserved = ["data_", "loop_", "save_", "global_", "stop_"];

    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            return ";" + value + "\n;";
        }

        var needsQuotes = value.Length == 0
            || value.Any(char.IsWhiteSpace)
            || value[0] is '_' or '#' or '$' or '\'' or '"' or ';'
            || _reserved.Any(r => value.StartsWith(r, StringComparison.OrdinalIgnoreCase));
        if (!needsQuotes)
        {
            return value;
        }

        // A quote ends only where it is followed by whitespace, so pick the quote character that never is.
        if (!ClosesEarly(value, '"'))
        {
            return "\"" + value + "\"";
        }

        if (!ClosesEarly(value, '\''))
        {
            return "'" + value + "'";
        }

        return ";" + value + "\n;";
    }

    private static bool ClosesEarly(string value, char quote)
    {
        for (var i = 0; i < value.Length - 1; i++)
        {
            if (value[i] == quote && char.IsWhiteSpace(value[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
