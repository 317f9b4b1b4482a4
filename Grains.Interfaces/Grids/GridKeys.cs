namespace Platform.Grains.Grids;

/// <summary>Grid grain keys: <c>sessionId/position</c>.</summary>
public static class GridKeys
{
    public static string For(string sessionId, int position) => $"{sessionId}/{position}";

    /// <summary>Writes <see cref="For"/>'s key into <paramref name="destination"/> without making a string; false when it does not fit.</summary>
    public static bool TryFormat(string sessionId, int position, Span<char> destination, out int written) =>
        destination.TryWrite(System.Globalization.CultureInfo.InvariantCulture, $"{sessionId}/{position}", out written);
}
