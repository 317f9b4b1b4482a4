using System.Text;

namespace Platform.GraphQL.Language;

/// <summary>Block string value computation and printing (spec §2.9.4 BlockStringValue).</summary>
public static class BlockString
{
    /// <summary>Applies the spec's BlockStringValue algorithm: common indentation and blank edge lines are removed.</summary>
    public static string Dedent(string raw)
    {
        var lines = raw.Split('\n');
        int? common = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var indent = LeadingWhitespace(lines[i]);
            if (indent < lines[i].Length && (common is null || indent < common))
            {
                common = indent;
            }
        }

        if (common is { } c)
        {
            for (var i = 1; i < lines.Length; i++)
            {
                lines[i] = lines[i].Length >= c ? lines[i][c..] : string.Empty;
            }
        }

        var first = 0;
        var last = lines.Length - 1;
        while (first <= last && IsBlank(lines[first]))
        {
            first++;
        }

        while (last >= first && IsBlank(lines[last]))
        {
            last--;
        }

        return first > last ? string.Empty : string.Join('\n', lines, first, last - first + 1);
    }

    /// <summary>Prints a value as a block string the way graphql-js <c>printBlockString</c> does.</summary>
    public static string Print(string value, bool preferSingleLine = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = value.Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || l[0] is ' ' or '\t');
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !preferSingleLine && (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);
        var result = new StringBuilder();
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            result.Append('\n');
        }

        return "\"\"\"" + result + "\"\"\"";
    }

    /// <summary>True when printing the value as a block string round-trips (graphql-js <c>isPrintableAsBlockString</c>).</summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(string line) => LeadingWhitespace(line) == line.Length;
}
