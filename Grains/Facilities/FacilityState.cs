using Platform.Grains.Sessions;
using Platform.Runtime.Indexing;

namespace Platform.Grains.Facilities;

/// <summary>Persistent state of a facility.</summary>
public sealed class FacilityState : IIndexedState
{
    public string Name { get; set; } = "";

    public RetentionPolicy Retention { get; set; } = new();

    public CollectionParameters DefaultCollection { get; set; } = new();

    public DateTimeOffset CreatedAtUtc { get; set; }

    public IReadOnlyList<IndexRow> ToIndexRows(string grainKey) =>
        [new(FacilityIndex.FacilitiesTable, grainKey, new Dictionary<string, object?> { [FacilityIndex.Name] = Name })];
}
