using Platform.MicroscopeSimulator.GroundTruth;

namespace Platform.MicroscopeSimulator.Rendering;

/// <summary>What to render for one exposure: size, pixel size, CTF, dose, frames, particles, drift scale, ice and seed.</summary>
public sealed record ExposureRequest(
    int SizePixels, int MovieSizePixels, double PixelSizeAngstrom, ContrastTransfer Ctf, double DoseElectronsPerAngstromSquared, int FrameCount,
    int ParticleCount, double ParticleRadiusAngstrom, double DriftScale, double IceTransmission, double IceThicknessNanometers, StagePoint Stage, int Seed);
