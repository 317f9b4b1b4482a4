namespace Platform.Grains.Targets;

/// <summary>Target grain keys: <c>sessionId/position/targetId</c> (target ids may contain '/').</summary>
public static class TargetKeys
{
    public static string For(string sessionId, int gridPosition, string targetId) => $"{sessionId}/{gridPosition}/{targetId}";
}
