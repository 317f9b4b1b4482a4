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
            [MicrographIndex.ColumnFor(MicrographMetric.DefocusAngstrom)] = r.DefocusUAngstrom is { } u && r.DefocusVAngstrom is { } v ? (u + v) / 2 : null,
            [MicrographIndex.ColumnFor(MicrographMetric.AstigmatismAngstrom)] = r.DefocusUAngstrom is { } u2 && r.DefocusVAngstrom is { } v2 ? Math.Abs(u2 - v2) : null,
            [MicrographIndex.ColumnFor(MicrographMetric.AstigmatismAngleDegrees)] = r.AstigmatismAngleDegrees,
            [MicrographIndex.ColumnFor(MicrographMetric.CtfFitResolutionAngstrom)] = r.CtfFitResolutionAngstrom,
            [MicrographIndex.ColumnFor(MicrographMetric.CtfScore)] = r.CtfScore,
            [MicrographIndex.ColumnFor(MicrographMetric.DriftTotalAngstrom)] = r.DriftTotalAngstrom,
            [MicrographIndex.ColumnFor(MicrographMetric.ParticleCount)] = r.ParticleCount is { } n ? (long)n : null,
            [MicrographIndex.ColumnFor(MicrographMetric.IceThicknessNanometres)] = r.IceThicknessNanometres,
        };
        return [new IndexRow(MicrographIndex.Table, grainKey, values)];
    }
}
