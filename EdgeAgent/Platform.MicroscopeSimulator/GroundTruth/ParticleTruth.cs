namespace Platform.MicroscopeSimulator.GroundTruth;

/// <summary>One particle of an exposure: centre in frame-0 exposure pixels and radius in Å.</summary>
public sealed record ParticleTruth(PixelPoint CenterPixels, double RadiusAngstrom);
