using Platform.Grains.Identity;

namespace Platform.Identity.Accounts;

/// <summary>One member of a facility and their role, as the members list shows it.</summary>
public sealed record FacilityMember(string UserId, FacilityRole Role);
