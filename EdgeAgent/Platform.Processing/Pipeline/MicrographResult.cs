namespace Platform.Processing.Pipeline;

/// <summary>Per-micrograph metrics and output files of the pre-processing chain, as the agent reports them.</summary>
public sealed record MicrographResult
{
    public required string Name { get; init; }

    public required int Frames { get; init; }

    public required double TotalDriftAngstrom { get; init; }

    /// <summary>Per-frame (x, y) displacement relative to frame 0, in Å.</summary>
    public required IReadOnlyList<(double XAngstrom, double YAngstrom)> DriftTraceAngstrom { get; init; }

    public required double DefocusUAngstrom { get; init; }

    public required double DefocusVAngstrom { get; init; }

    public required double AstigmatismAngleDegrees { get; init; }

    public required double PhaseShiftRadians { get; init; }

    public required double CtfFitResolutionAngstrom { get; init; }

    public required double CtfScore { get; init; }

    public required int ParticleCount { get; init; }

    /// <summary>The picked particle centres (micrograph pixels) behind <see cref="ParticleCount"/>.</summary>
    public required IReadOnlyList<Picking.Pick> Picks { get; init; }

    /// <summary>Measured mean exposure of the movie in e⁻/Å² (gain-corrected counts per Å²).</summary>
    public required double MeasuredExposureElectronsPerAngstromSquared { get; init; }

    /// <summary>
    /// Ice-thickness proxy ln(nominal exposure / measured exposure): with an energy filter this is thickness in units of
    /// the inelastic mean free path (Rice et al. 2018, JSB 204:38); without one, or without a calibrated exposure, it is only comparable within a session. NaN when no exposure was given.
    /// </summary>
    public required double IceThicknessLogRatio { get; init; }

    public required string AlignedSumPath { get; init; }

    public required string ThumbnailPngPath { get; init; }

    public required string PowerSpectrumPngPath { get; init; }

    public required string PicksPath { get; init; }

    /// <summary>Wall-clock milliseconds per stage (read, gain, align+dose-weight, ctf+pick side by side, outputs), in order.</summary>
    public required IReadOnlyList<(string Stage, double Milliseconds)> StageTimes { get; init; }

    /// <summary>Process CPU milliseconds during each stage, same order (all threads of the process: a profile figure).</summary>
    public IReadOnlyList<(string Stage, double Milliseconds)> StageCpuTimes { get; init; } = [];
}
