using Platform.Runtime.Indexing;

namespace Platform.Grains.Micrographs;

/// <summary>Persistent state of one micrograph; mirrored into the <c>micrographs</c> index.</summary>
public sealed class MicrographState : IIndexedState
{
    public string SessionId { get; set; } = "";

    public string FacilityId { get; set; } = "";

    public string Source { get; set; } = "";

    public MicrographResult? Result { get; set; }

    public bool Excluded { get; set; }

    public DateTimeOffset UpdatedAtUtc { get; set; }

    /// <summary>Session counters this micrograph has already been counted in (see <see cref="MicrographGrain.SessionCountersDueAsync"/>).</summary>
    public List<Sessions.SessionCounter> CountedInSession { get; set; } = [];

    public IReadOnlyList<IndexRow> ToIndexRows(string grainKey)
    {
        if (Result is not { } r)
        {
            return [];
        }

        var values = new Dictionary<string, object?>
        {
            [MicrographIndex.SessionId] = SessionId,
            [MicrographIndex.FacilityId] = FacilityId,
            [MicrographIndex.GridPosition] = (long)r.GridPosition,
            [MicrographIndex.Name] = r.Name,
            [MicrographIndex.AcquiredAt] = r.AcquiredAtUtc,
            [MicrographIndex.Source] = Source,
            [MicrographIndex.Excluded] = Excluded,
            [MicrographIndex.DefocusUAngstrom] = r.DefocusUAngstrom,
            [MicrographIndex.DefocusVAngstrom] = r.DefocusVAngstrom,
            [MicrographIndex.PhaseShiftDegrees] = r.PhaseShiftDegrees,
        };
        foreach (var metric in Enum.GetValues<MicrographMetric>())
        {
            // The particle count is an Integer column; every other metric is Real.
            values[MicrographIndex.ColumnFor(metric)] = metric == MicrographMetric.ParticleCount ? (object?)(long?)r.ParticleCount : r.ValueOf(metric);
        }

        return [new IndexRow(MicrographIndex.Table, grainKey, values)];
    }
}
