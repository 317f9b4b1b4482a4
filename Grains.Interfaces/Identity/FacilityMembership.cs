using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>A user's role in one facility.</summary>
[Immutable]
public sealed record FacilityMembership(string FacilityId, FacilityRole Role);
