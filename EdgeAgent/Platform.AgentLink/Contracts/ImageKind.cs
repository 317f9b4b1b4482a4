namespace Platform.AgentLink.Contracts;

/// <summary>The kinds of targeting image a run produces (exposures are reported by <see cref="AcquisitionReport"/>).</summary>
public enum ImageKind
{
    Atlas,
    Square,
    Hole,
}
