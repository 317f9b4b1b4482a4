namespace Platform.Grains.Targets;

/// <summary>A target's level in SmartScope's hierarchy: squares on the atlas, holes in a square, exposures in a hole.</summary>
public enum TargetLevel
{
    Square,
    Hole,
    Exposure,
}
