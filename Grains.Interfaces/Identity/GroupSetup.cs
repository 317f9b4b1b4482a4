using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>What creates a group (a lab): its facility, name and principal investigator (a user id).</summary>
[Immutable]
public sealed record GroupSetup(string FacilityId, string Name, string PiUserId);
