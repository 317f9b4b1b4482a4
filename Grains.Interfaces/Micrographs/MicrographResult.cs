using Platform.Runtime;

namespace Platform.Grains.Micrographs;

/// <summary>
/// What was measured on one movie (DESIGN.md §6): acquisition facts, the stored file, frame alignment, CTF
/// (CTFFIND convention: defocus positive for underfocus, Å; angle of the U axis, degrees), picking and ice.
/// Values not (yet) measured are null; a null never passes a range filter.
/// </summary>
[Immutable]
public sealed record MicrographResult
{
    public required string Name { get; init; }

    public int GridPosition { get; init; }

    public string? SquareId { get; init; }

    public string? HoleId { get; init; }

    public DateTimeOffset AcquiredAtUtc { get; init; }

    public int Frames { get; init; }

    public double? DoseElectronsPerSquareAngstrom { get; init; }

    /// <summary>The movie's blob path under the session's prefix, once transferred.</summary>
    public string? FilePath { get; init; }

    public long? FileSizeBytes { get; init; }

    public string? FileSha256 { get; init; }

    public double? DriftTotalAngstrom { get; init; }

    /// <summary>Per-frame shifts, Å, in frame order.</summary>
    public IReadOnlyList<double> DriftTraceXAngstrom { get; init; } = [];

    public IReadOnlyList<double> DriftTraceYAngstrom { get; init; } = [];

    public double? DefocusUAngstrom { get; init; }

    public double? DefocusVAngstrom { get; init; }

    public double? AstigmatismAngleDegrees { get; init; }

    public double? PhaseShiftDegrees { get; init; }

    public double? CtfFitResolutionAngstrom { get; init; }

    public double? CtfScore { get; init; }

    public int? ParticleCount { get; init; }

    public double? IceThicknessNanometres { get; init; }

    public string? ThumbnailPath { get; init; }

    public string? PowerSpectrumPath { get; init; }

    public string? PicksPath { get; init; }

    /// <summary>
    /// This micrograph's value of one metric, as the <c>micrographs</c> index stores it and filters compare it. Mean
    /// defocus and astigmatism derive from CTFFIND's defocus U/V (Rohou &amp; Grigorieff 2015, J. Struct. Biol. 192:216).
    /// </summary>
    public double? ValueOf(MicrographMetric metric) => metric switch
    {
        MicrographMetric.DefocusAngstrom => DefocusUAngstrom is { } u && DefocusVAngstrom is { } v ? (u + v) / 2 : null,
        MicrographMetric.AstigmatismAngstrom => DefocusUAngstrom is { } u && DefocusVAngstrom is { } v ? Math.Abs(u - v) : null,
        MicrographMetric.AstigmatismAngleDegrees => AstigmatismAngleDegrees,
        MicrographMetric.CtfFitResolutionAngstrom => CtfFitResolutionAngstrom,
        MicrographMetric.CtfScore => CtfScore,
        MicrographMetric.DriftTotalAngstrom => DriftTotalAngstrom,
        MicrographMetric.ParticleCount => ParticleCount,
        MicrographMetric.IceThicknessNanometres => IceThicknessNanometres,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown micrograph metric."),
    };
}
