namespace Platform.GraphQL.Building;

/// <summary>
/// Shared boxes for small Int values read by plain parent reads (counters, positions, sizes), so a result page does not
/// allocate a fresh box per number. Boxes are immutable, so sharing them is invisible to callers.
/// </summary>
internal static class SmallIntBoxes
{
    private const int Min = -128;
    private const int Max = 1023;

    private static readonly object[] _boxes = [.. Enumerable.Range(Min, Max - Min + 1).Select(i => (object)i)];

    /// <summary>The value boxed, from the shared table when it is in range.</summary>
    public static object Box(int value) => value is >= Min and <= Max ? _boxes[value - Min] : value;
}
