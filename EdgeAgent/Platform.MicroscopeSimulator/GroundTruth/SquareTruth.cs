namespace Platform.MicroscopeSimulator.GroundTruth;

/// <summary>Ground truth of one grid square in an atlas.</summary>
public sealed record SquareTruth(
    string Id, string Class, double IceThicknessNanometers, PixelPoint CenterPixels, StagePoint CenterStage, double SizeMicrons, double SizePixels);
