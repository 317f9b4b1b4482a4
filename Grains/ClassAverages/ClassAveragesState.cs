using Platform.Runtime.Indexing;

namespace Platform.Grains.ClassAverages;

/// <summary>Persistent state of one session's class averages from one source: the current set and the recently applied idempotency keys.</summary>
public sealed class ClassAveragesState : IIndexedState
{
    /// <summary>How many applied keys are remembered (resends arrive soon after the original; the outbox sends in order).</summary>
    public const int AppliedKeyWindow = 64;

    public ClassAveragesView? Current { get; set; }

    public List<string> AppliedKeys { get; set; } = [];

    public IReadOnlyList<IndexRow> ToIndexRows(string grainKey) =>
        Current is not { } set
            ? []
            : [new IndexRow(ClassAveragesIndex.Table, grainKey, new Dictionary<string, object?>
            {
                [ClassAveragesIndex.SessionId] = set.SessionId,
                [ClassAveragesIndex.FacilityId] = set.FacilityId,
                [ClassAveragesIndex.Source] = set.Source,
                [ClassAveragesIndex.Iteration] = set.Iteration,
                [ClassAveragesIndex.UpdatedAt] = set.UpdatedAtUtc,
            })];
}
