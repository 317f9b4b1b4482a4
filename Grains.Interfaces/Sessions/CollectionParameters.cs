using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>
/// The collection parameters of a screening/collection session (SmartScope's session setup, seed 000).
/// Meaning, unit, default and rule of each are in <see cref="CollectionParameterCatalog"/>;
/// <see cref="CollectionParametersValidator"/> checks them against the session's microscope and detector.
/// Defocus values are negative (underfocus) in microns, as SerialEM and SmartScope use them.
/// </summary>
[Immutable]
public sealed record CollectionParameters
{
    public int AtlasTilesX { get; init; } = 6;

    public int AtlasTilesY { get; init; } = 6;

    public int SquaresNum { get; init; } = 3;

    /// <summary>0 selects every hole (data-collection mode); with BIS grouping it counts groups, not holes.</summary>
    public int HolesPerSquare { get; init; } = 3;

    /// <summary>0 disables beam-image-shift grouping.</summary>
    public double BisMaxDistanceMicrons { get; init; } = 3;

    public int MinBisGroupSize { get; init; } = 1;

    /// <summary>The defocus closest to zero (after sorting).</summary>
    public double TargetDefocusMinMicrons { get; init; } = -2;

    /// <summary>The defocus furthest from zero (after sorting).</summary>
    public double TargetDefocusMaxMicrons { get; init; } = -2;

    /// <summary>0 means no cycling.</summary>
    public double StepDefocusMicrons { get; init; }

    /// <summary>−1 disables the drift criterion.</summary>
    public double DriftCritAngstromPerSecond { get; init; } = -1;

    public double TiltAngleDegrees { get; init; }

    public bool SaveFrames { get; init; } = true;

    /// <summary>Gatan detectors only.</summary>
    public bool ForceProcessFromAverage { get; init; }

    public bool OffsetTargeting { get; init; } = true;

    /// <summary>−1 means a random offset chosen by hole type and mesh material.</summary>
    public double OffsetDistanceMicrons { get; init; } = -1;

    /// <summary>−1 disables zero-loss peak refinement; ignored on microscopes without an energy filter.</summary>
    public double ZerolossDelayHours { get; init; } = -1;

    public bool MultishotPerHole { get; init; }

    /// <summary>
    /// Camera exposure time of each acquisition, sent to the agent in the run plan and reported with each acquisition. The agent does
    /// not yet set it on SerialEM's camera (SetExposure is not in the client's command table): the scope uses its own parameter set.
    /// </summary>
    public double ExposureTimeSeconds { get; init; } = 2;

    /// <summary>Whether holes are queued in data-collection mode (all holes) rather than screening mode.</summary>
    public bool IsCollectionMode => HolesPerSquare == 0;

    /// <summary>Returns a copy with the defocus range sorted so that min is the value closest to zero (SmartScope sorts them).</summary>
    public CollectionParameters Normalized() =>
        Math.Abs(TargetDefocusMinMicrons) <= Math.Abs(TargetDefocusMaxMicrons)
            ? this
            : this with { TargetDefocusMinMicrons = TargetDefocusMaxMicrons, TargetDefocusMaxMicrons = TargetDefocusMinMicrons };
}
