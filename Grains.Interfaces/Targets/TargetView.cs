using Platform.Grains.Grids;
using Platform.Runtime;

namespace Platform.Grains.Targets;

/// <summary>A target of a grid as the API shows it: what was found, its state in the one vocabulary, its images and acquisitions.</summary>
[Immutable]
public sealed record TargetView(
    string SessionId,
    int GridPosition,
    TargetFound Found,
    WorkState State,
    string? Message,
    bool AddedByUser,
    bool RemovedByUser,
    IReadOnlyList<TargetImage> Images,
    IReadOnlyList<TargetAcquisition> Acquisitions,
    DateTimeOffset UpdatedAtUtc);
