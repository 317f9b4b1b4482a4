using Platform.Runtime;

namespace Platform.Grains.Targets;

/// <summary>
/// A target as found by the agent (or added by a user): id unique within the session (e.g. <c>g1/sq3/h12</c>), stage
/// position in microns, position in pixels of the image it was found on, score, label, selection and BIS group.
/// </summary>
[Immutable]
public sealed record TargetFound(
    string TargetId,
    string? ParentTargetId,
    TargetLevel Level,
    double StageXMicrons,
    double StageYMicrons,
    double ImageXPixels,
    double ImageYPixels,
    double Score,
    string Label,
    bool Selected,
    int? BisGroup);
