namespace Platform.Grains.Targets;

/// <summary>The targeting images a run writes (exposures are acquisitions, not images).</summary>
public enum TargetImageKind
{
    Atlas,
    Square,
    Hole,
}
