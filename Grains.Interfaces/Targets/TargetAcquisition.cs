using Platform.Runtime;

namespace Platform.Grains.Targets;

/// <summary>One exposure acquired at a target: movie path (relative to the agent's data folder), defocus, beam-image shift, exposure and dose.</summary>
[Immutable]
public sealed record TargetAcquisition(
    string RelativePath,
    double DefocusMicrons,
    double ImageShiftXMicrons,
    double ImageShiftYMicrons,
    double ExposureSeconds,
    int Frames,
    double DoseElectronsPerSquareAngstrom,
    DateTimeOffset AcquiredAtUtc);
