using Platform.Runtime;

namespace Platform.Grains.Grids;

/// <summary>A grid as the API shows it. <see cref="FinalName"/> is <c>position_name</c>; <see cref="Protocol"/> is resolved (never <c>auto</c>).</summary>
[Immutable]
public sealed record GridView(
    string SessionId,
    string FacilityId,
    int Position,
    string Name,
    string FinalName,
    HoleType HoleType,
    int MeshSize,
    MeshMaterial MeshMaterial,
    string RequestedProtocol,
    string Protocol,
    WorkState State,
    DateTimeOffset? StartedAtUtc,
    DateTimeOffset? CompletedAtUtc);
