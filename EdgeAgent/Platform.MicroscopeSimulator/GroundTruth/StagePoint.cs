namespace Platform.MicroscopeSimulator.GroundTruth;

/// <summary>A stage position in µm.</summary>
public sealed record StagePoint(double XMicrons, double YMicrons);
