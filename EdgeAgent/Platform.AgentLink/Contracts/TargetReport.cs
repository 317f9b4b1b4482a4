namespace Platform.AgentLink.Contracts;

/// <summary>
/// One found or queued target. <see cref="TargetId"/> is stable and unique within the session
/// (e.g. <c>g1/sq3/h12</c>); stage coordinates in microns, image coordinates in pixels of the image it was found on.
/// </summary>
public sealed record TargetReport(
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
