using Platform.Grains.Grids;
using Platform.Runtime.Indexing;

namespace Platform.Grains.Targets;

/// <summary>Persistent state of one target; mirrored into the <c>targets</c> index table on every write.</summary>
public sealed class TargetState : IIndexedState
{
    public string SessionId { get; set; } = "";

    public int GridPosition { get; set; }

    public TargetFound? Found { get; set; }

    public WorkState State { get; set; } = WorkState.Queued;

    public string? Message { get; set; }

    public bool AddedByUser { get; set; }

    public bool RemovedByUser { get; set; }

    public List<TargetImage> Images { get; set; } = [];

    public List<TargetAcquisition> Acquisitions { get; set; } = [];

    public DateTimeOffset UpdatedAtUtc { get; set; }

    /// <summary>Every agent report applied to this target (a target sees a handful), so a resent report is a no-op.</summary>
    public List<string> AppliedReportKeys { get; set; } = [];

    public IReadOnlyList<IndexRow> ToIndexRows(string grainKey) => Found is null
        ? []
        : [new(TargetIndex.Table, grainKey, new Dictionary<string, object?>
        {
            [TargetIndex.GridKey] = GridKeys.For(SessionId, GridPosition),
            [TargetIndex.SessionId] = SessionId,
            [TargetIndex.TargetId] = Found.TargetId,
            [TargetIndex.ParentTargetId] = Found.ParentTargetId,
            [TargetIndex.Level] = Found.Level.ToString(),
            [TargetIndex.State] = State.ToString(),
            [TargetIndex.Score] = Found.Score,
            [TargetIndex.Label] = Found.Label,
            [TargetIndex.Selected] = Found.Selected,
            [TargetIndex.BisGroup] = Found.BisGroup is { } group ? (long)group : null,
            [TargetIndex.StageXMicrons] = Found.StageXMicrons,
            [TargetIndex.StageYMicrons] = Found.StageYMicrons,
            [TargetIndex.AddedByUser] = AddedByUser,
            [TargetIndex.Acquisitions] = (long)Acquisitions.Count,
            [TargetIndex.UpdatedAt] = UpdatedAtUtc,
        })];
}
