using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Grains.Grids;

/// <summary>
/// SmartScope's grid naming: a name ending in <c>_N</c> is numbered automatically (the next grid gets
/// <c>_N+1</c>, a taken <c>name_N</c> moves to the next free number); the final name is <c>position_name</c>.
/// </summary>
public static partial class GridNaming
{
    [GeneratedRegex(@"^(?<base>.+)_(?<n>\d+)$")]
    private static partial Regex NumberedName();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")]
    private static partial Regex AllowedName();

    public static bool IsAllowed(string name) => AllowedName().IsMatch(name);

    public static string FinalName(int position, string name) => $"{position}_{name}";

    /// <summary>The name a new grid gets, given the names already in the session (in autoloader order).</summary>
    public static string Next(string? requested, IReadOnlyList<string> existing)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            if (existing.Count == 0)
            {
                return "grid_1";
            }

            requested = existing[^1];
            var previous = NumberedName().Match(requested);
            if (!previous.Success)
            {
                requested += "_1";
            }
        }

        requested = requested.Trim().Replace(' ', '_');
        if (!existing.Contains(requested))
        {
            return requested;
        }

        var match = NumberedName().Match(requested);
        if (!match.Success)
        {
            return requested;
        }

        var baseName = match.Groups["base"].Value;
        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        while (existing.Contains($"{baseName}_{number}"))
        {
            number++;
        }

        return $"{baseName}_{number}";
    }
}
