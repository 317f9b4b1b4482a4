namespace Platform.MicroscopeSimulator.GroundTruth;

/// <summary>Ground truth of one hole in a square or hole image; class Missing means film covers it (nothing to find).</summary>
public sealed record HoleTruth(
    string SquareId, int K, int L, string Class, double IceThicknessNanometers, PixelPoint CenterPixels, StagePoint CenterStage,
    double DiameterMicrons, double DiameterPixels);
