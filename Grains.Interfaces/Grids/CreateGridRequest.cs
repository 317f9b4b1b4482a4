using Platform.Runtime;

namespace Platform.Grains.Grids;

/// <summary>What the session tells a new grid: its resolved name and what protocol resolution needs.</summary>
[Immutable]
public sealed record CreateGridRequest(string SessionId, string FacilityId, GridSetup Setup, string Name, double BisMaxDistanceMicrons, double TiltAngleDegrees);
