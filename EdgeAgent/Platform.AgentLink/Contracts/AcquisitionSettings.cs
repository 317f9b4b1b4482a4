namespace Platform.AgentLink.Contracts;

/// <summary>
/// The session's collection parameters as the agent needs them (same names, units and sentinels as the
/// platform's <c>CollectionParameters</c>; seed 000). Defocus values are negative (underfocus) in microns.
/// </summary>
public sealed record AcquisitionSettings
{
    public int AtlasTilesX { get; init; } = 6;

    public int AtlasTilesY { get; init; } = 6;

    public int SquaresNum { get; init; } = 3;

    /// <summary>0 selects every hole; with BIS grouping it counts groups, not holes.</summary>
    public int HolesPerSquare { get; init; } = 3;

    /// <summary>0 disables beam-image-shift grouping.</summary>
    public double BisMaxDistanceMicrons { get; init; } = 3;

    public int MinBisGroupSize { get; init; } = 1;

    public double TargetDefocusMinMicrons { get; init; } = -2;

    public double TargetDefocusMaxMicrons { get; init; } = -2;

    /// <summary>0 means no cycling.</summary>
    public double StepDefocusMicrons { get; init; }

    /// <summary>−1 disables the drift criterion.</summary>
    public double DriftCritAngstromPerSecond { get; init; } = -1;

    public double TiltAngleDegrees { get; init; }

    public bool SaveFrames { get; init; } = true;

    public bool OffsetTargeting { get; init; } = true;

    /// <summary>−1 means a random offset chosen by hole type and mesh material.</summary>
    public double OffsetDistanceMicrons { get; init; } = -1;

    /// <summary>−1 disables zero-loss peak refinement.</summary>
    public double ZerolossDelayHours { get; init; } = -1;

    public bool MultishotPerHole { get; init; }

    public double ExposureTimeSeconds { get; init; } = 2;
}
