using Platform.Grains.Facilities;
using Platform.Runtime.Indexing;

namespace Platform.Grains.Microscopes;

/// <summary>Persistent state of a microscope, including its run lock lease.</summary>
public sealed class MicroscopeState : IIndexedState
{
    public MicroscopeRegistration? Registration { get; set; }

    public RunLock? RunLock { get; set; }

    public DateTimeOffset? AgentSeenAtUtc { get; set; }

    public IReadOnlyList<IndexRow> ToIndexRows(string grainKey) => Registration is null
        ? []
        : [new(FacilityIndex.MicroscopesTable, grainKey, new Dictionary<string, object?>
        {
            [FacilityIndex.FacilityId] = Registration.FacilityId,
            [FacilityIndex.Name] = Registration.Name,
        })];
}
