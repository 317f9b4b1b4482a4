namespace Platform.AgentLink.Contracts;

/// <summary>
/// Results for one movie (the platform's micrograph table, DESIGN.md §6), recorded under source <c>agent</c> and merged:
/// a value left null keeps what the platform already holds, so the pre-processing track (metrics, images, picks) and the
/// transfer track (file path, size, SHA-256) can each report their part. Image and picks keys are session-relative blob
/// keys (<c>preprocessing/&lt;name&gt;_thumb.png</c>, <c>_ps.png</c>, <c>_picks.star</c>). CTF values follow CTFFIND:
/// defocus positive for underfocus, Å; angle of the U axis, degrees.
/// </summary>
public sealed record MicrographReport(string IdempotencyKey, string SessionId, DateTimeOffset OccurredAtUtc, string Name)
    : AgentReport(IdempotencyKey, SessionId, OccurredAtUtc)
{
    /// <summary>Autoloader position of the grid, when known.</summary>
    public int? GridPosition { get; init; }

    public string? SquareId { get; init; }

    public string? HoleId { get; init; }

    public DateTimeOffset? AcquiredAtUtc { get; init; }

    public int? Frames { get; init; }

    public double? DoseElectronsPerSquareAngstrom { get; init; }

    /// <summary>The movie's blob key under the session's prefix, once transferred.</summary>
    public string? FilePath { get; init; }

    public long? FileSizeBytes { get; init; }

    public string? FileSha256 { get; init; }

    public double? DriftTotalAngstrom { get; init; }

    /// <summary>Per-frame shifts relative to the first frame, Å, in frame order (empty: not measured).</summary>
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
}
