namespace Platform.MicroscopeSimulator.GroundTruth;

/// <summary>Ground truth written beside a square (Search) or hole (View) image: geometry, hole type and every hole in view.</summary>
public sealed record SpecimenImageTruth(
    string Kind, string GridName, int Slot, ImageFrame Frame, string HoleType, double HolePitchMicrons, double MeshRotationDegrees,
    IReadOnlyList<HoleTruth> Holes);
