using Platform.Runtime.Indexing;

namespace Platform.Grains.Micrographs;

/// <summary>The <c>micrographs</c> index table: every per-micrograph metric, written with the Micrograph grain's state, so tables, filters and plots are answered by the database.</summary>
public static class MicrographIndex
{
    public const string Table = "micrographs";
    public const string SessionId = "session_id";
    public const string FacilityId = "facility_id";
    public const string GridPosition = "grid_position";
    public const string Name = "name";
    public const string AcquiredAt = "acquired_at";
    public const string Source = "source";
    public const string Excluded = "excluded";
    public const string DefocusUAngstrom = "defocus_u_angstrom";
    public const string DefocusVAngstrom = "defocus_v_angstrom";
    public const string PhaseShiftDegrees = "phase_shift_degrees";

    public static IndexTable Definition { get; } = new(Table,
    [
        new(SessionId, IndexColumnType.Text, Indexed: true),
        new(FacilityId, IndexColumnType.Text),
        new(GridPosition, IndexColumnType.Integer),
        new(Name, IndexColumnType.Text),
        new(AcquiredAt, IndexColumnType.Timestamp, Indexed: true),
        new(Source, IndexColumnType.Text),
        new(Excluded, IndexColumnType.Boolean),
        new(DefocusUAngstrom, IndexColumnType.Real),
        new(DefocusVAngstrom, IndexColumnType.Real),
        new(PhaseShiftDegrees, IndexColumnType.Real),
        .. Enum.GetValues<MicrographMetric>().Select(m => new IndexColumn(ColumnFor(m), m == MicrographMetric.ParticleCount ? IndexColumnType.Integer : IndexColumnType.Real)),
    ])
    {
        // Every micrograph query is scoped to one session: (session, sort column) lets a page be read from the index in order.
        CompositeIndexes =
        [
            new([SessionId, AcquiredAt]),
            .. Enum.GetValues<MicrographMetric>().Select(m => new CompositeIndex([SessionId, ColumnFor(m)])),
        ],
    };

    /// <summary>The index column holding a metric.</summary>
    public static string ColumnFor(MicrographMetric metric) => metric switch
    {
        MicrographMetric.DefocusAngstrom => "defocus_angstrom",
        MicrographMetric.AstigmatismAngstrom => "astigmatism_angstrom",
        MicrographMetric.AstigmatismAngleDegrees => "astigmatism_angle_degrees",
        MicrographMetric.CtfFitResolutionAngstrom => "ctf_fit_resolution_angstrom",
        MicrographMetric.CtfScore => "ctf_score",
        MicrographMetric.DriftTotalAngstrom => "drift_total_angstrom",
        MicrographMetric.ParticleCount => "particle_count",
        MicrographMetric.IceThicknessNanometres => "ice_thickness_nm",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown micrograph metric."),
    };
}
