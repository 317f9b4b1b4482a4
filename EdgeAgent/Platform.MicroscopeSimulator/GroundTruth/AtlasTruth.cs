namespace Platform.MicroscopeSimulator.GroundTruth;

/// <summary>Ground truth written beside an atlas montage: geometry, mesh and every square whose centre is in the image.</summary>
public sealed record AtlasTruth(
    string Kind, string GridName, int Slot, ImageFrame Frame, double MeshPitchMicrons, double BarWidthMicrons, double MeshRotationDegrees,
    IReadOnlyList<SquareTruth> Squares);
