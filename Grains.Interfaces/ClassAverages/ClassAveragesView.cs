using Platform.Runtime;

namespace Platform.Grains.ClassAverages;

/// <summary>The current class averages of a session from one source: the iteration (1 for the first set, +1 per replacement), the source's own iteration number if it gave one, and the classes.</summary>
[Immutable]
public sealed record ClassAveragesView(
    string SessionId,
    string FacilityId,
    string Source,
    long Iteration,
    DateTimeOffset UpdatedAtUtc,
    long ParticleCount,
    double PixelSizeAngstrom,
    int BoxPixels,
    IReadOnlyList<ClassAverageEntry> Classes,
    long? SourceIteration = null);
