namespace Platform.Grains.Identity;

/// <summary>A member's role in one facility, ordered so that a higher role includes every lower one.</summary>
public enum FacilityRole
{
    User = 0,
    Staff = 1,
    FacilityAdmin = 2,
}
