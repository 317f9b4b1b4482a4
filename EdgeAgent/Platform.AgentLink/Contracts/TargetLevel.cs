namespace Platform.AgentLink.Contracts;

/// <summary>The level of a target in SmartScope's hierarchy: squares on the atlas, holes in a square, exposures in a hole.</summary>
public enum TargetLevel
{
    Square,
    Hole,
    Exposure,
}
