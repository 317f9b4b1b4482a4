using Platform.Grains.Errors;
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
    /// These results laid over <paramref name="stored"/> ones: every value this report leaves out (null, an empty drift trace,
    /// grid position, frames or acquisition time 0) keeps the stored value, so reports from different steps (pre-processing,
    /// transfer) complete one micrograph. Merging the same report twice gives the same result.
    /// </summary>
    public MicrographResult Over(MicrographResult? stored) => stored is null ? this : new MicrographResult
    {
        Name = Name,
        GridPosition = GridPosition != 0 ? GridPosition : stored.GridPosition,
        SquareId = SquareId ?? stored.SquareId,
        HoleId = HoleId ?? stored.HoleId,
        AcquiredAtUtc = AcquiredAtUtc != default ? AcquiredAtUtc : stored.AcquiredAtUtc,
        Frames = Frames != 0 ? Frames : stored.Frames,
        DoseElectronsPerSquareAngstrom = DoseElectronsPerSquareAngstrom ?? stored.DoseElectronsPerSquareAngstrom,
        FilePath = FilePath ?? stored.FilePath,
        FileSizeBytes = FileSizeBytes ?? stored.FileSizeBytes,
        FileSha256 = FileSha256 ?? stored.FileSha256,
        DriftTotalAngstrom = DriftTotalAngstrom ?? stored.DriftTotalAngstrom,
        DriftTraceXAngstrom = DriftTraceXAngstrom.Count > 0 ? DriftTraceXAngstrom : stored.DriftTraceXAngstrom,
        DriftTraceYAngstrom = DriftTraceYAngstrom.Count > 0 ? DriftTraceYAngstrom : stored.DriftTraceYAngstrom,
        DefocusUAngstrom = DefocusUAngstrom ?? stored.DefocusUAngstrom,
        DefocusVAngstrom = DefocusVAngstrom ?? stored.DefocusVAngstrom,
        AstigmatismAngleDegrees = AstigmatismAngleDegrees ?? stored.AstigmatismAngleDegrees,
        PhaseShiftDegrees = PhaseShiftDegrees ?? stored.PhaseShiftDegrees,
        CtfFitResolutionAngstrom = CtfFitResolutionAngstrom ?? stored.CtfFitResolutionAngstrom,
        CtfScore = CtfScore ?? stored.CtfScore,
        ParticleCount = ParticleCount ?? stored.ParticleCount,
        IceThicknessNanometres = IceThicknessNanometres ?? stored.IceThicknessNanometres,
        ThumbnailPath = ThumbnailPath ?? stored.ThumbnailPath,
        PowerSpectrumPath = PowerSpectrumPath ?? stored.PowerSpectrumPath,
        PicksPath = PicksPath ?? stored.PicksPath,
    };

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

    /// <summary>Every value that cannot be recorded (negative or non-finite lengths, a negative count, drift traces of unequal length), by field.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        (string Field, double? Value)[] nonNegative =
        [
            ("defocusUAngstrom", DefocusUAngstrom), ("defocusVAngstrom", DefocusVAngstrom), ("ctfFitResolutionAngstrom", CtfFitResolutionAngstrom),
            ("driftTotalAngstrom", DriftTotalAngstrom), ("iceThicknessNanometres", IceThicknessNanometres), ("doseElectronsPerSquareAngstrom", DoseElectronsPerSquareAngstrom),
        ];
        foreach (var (field, value) in nonNegative)
        {
            if (value is { } v && (!double.IsFinite(v) || v < 0))
            {
                errors.Add(new FieldError(field, "must be a finite number ≥ 0"));
            }
        }

        if (ParticleCount is < 0)
        {
            errors.Add(new FieldError("particleCount", "must be ≥ 0"));
        }

        if (DriftTraceXAngstrom.Count != DriftTraceYAngstrom.Count)
        {
            errors.Add(new FieldError("driftTrace", "x and y need one value per frame each"));
        }

        return errors;
    }
}
