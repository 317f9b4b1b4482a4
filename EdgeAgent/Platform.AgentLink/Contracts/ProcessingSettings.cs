namespace Platform.AgentLink.Contracts;

/// <summary>
/// The session's on-the-fly processing parameters as the agent needs them (same names and units as the platform's
/// <c>ProcessingParameters</c>). Dose 0 means unknown (no dose weighting); a null gain path means no gain reference.
/// </summary>
public sealed record ProcessingSettings
{
    public double PixelSizeAngstrom { get; init; } = 1.0;

    public double VoltageKilovolts { get; init; } = 300;

    public double SphericalAberrationMillimetres { get; init; } = 2.7;

    public double AmplitudeContrast { get; init; } = 0.07;

    public double ParticleRadiusAngstrom { get; init; } = 75;

    public double DosePerFrameElectronsPerSquareAngstrom { get; init; }

    public string? GainReferencePath { get; init; }
}
