namespace Platform.Grains.Grids;

/// <summary>Grid grain keys: <c>sessionId/position</c>.</summary>
public static class GridKeys
{
    public static string For(string sessionId, int position) => $"{sessionId}/{position}";
}
