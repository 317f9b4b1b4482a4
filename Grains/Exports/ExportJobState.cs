using Platform.Runtime.Indexing;

namespace Platform.Grains.Exports;

/// <summary>Persistent state of an export job (the view itself); mirrored into the <c>export_jobs</c> index.</summary>
public sealed class ExportJobState : IIndexedState
{
    public ExportJobView? Job { get; set; }

    public IReadOnlyList<IndexRow> ToIndexRows(string grainKey) =>
        Job is not { } job
            ? []
            : [new IndexRow(ExportJobIndex.Table, grainKey, new Dictionary<string, object?>
            {
                [ExportJobIndex.SessionId] = job.SessionId,
                [ExportJobIndex.FacilityId] = job.FacilityId,
                [ExportJobIndex.Status] = job.Status.ToString(),
                [ExportJobIndex.CreatedAt] = job.CreatedAtUtc,
            })];
}
