namespace Platform.MicroscopeSimulator.GroundTruth;

/// <summary>
/// Ground truth of an exposure and its movie: CTF parameters (defocus positive = underfocus, Å), per-frame shifts
/// (a point at p in frame 0 is at p + shift in frame i), particles, dose, and where the movie crop sits in the exposure.
/// </summary>
public sealed record ExposureTruth(
    string Kind, int Width, int Height, double PixelSizeAngstrom, double VoltageKilovolts, double SphericalAberrationMillimetres,
    double AmplitudeContrast, double DefocusUAngstrom, double DefocusVAngstrom, double AstigmatismAngleDegrees,
    double TotalDoseElectronsPerAngstromSquared, int FrameCount, IReadOnlyList<PixelPoint> FrameShiftsPixels,
    IReadOnlyList<ParticleTruth> Particles, string? MoviePath, int MovieWidth, int MovieHeight, PixelPoint MovieOriginInExposurePixels,
    StagePoint Stage, double IceThicknessNanometers);
