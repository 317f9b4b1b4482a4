using Platform.Grains.Bookings;
using Platform.Grains.Facilities;
using Platform.Grains.Identity;
using Platform.Grains.Micrographs;
using Platform.Grains.Sessions;
using Platform.Grains.Targets;
using Platform.Runtime.Indexing;

namespace Platform.Grains;

/// <summary>Every index table the domain grains write; the Silo creates them at start-up.</summary>
public static class PlatformIndexes
{
    public static IReadOnlyList<IndexTable> All { get; } =
        [FacilityIndex.Facilities, FacilityIndex.Microscopes, BookingIndex.Definition, SessionIndex.Definition, MicrographIndex.Definition, TargetIndex.Definition, Exports.ExportJobIndex.Definition, ClassAverages.ClassAveragesIndex.Definition, .. IdentityIndex.All];
}
