namespace Platform.Identity.Admin;

/// <summary>Body of <c>POST /admin/facilities/{id}/users</c>: invites (no password) or creates the user if the address is new, then sets the role.</summary>
public sealed record AddFacilityUserRequest(string Email, string? DisplayName, string Role, string? Password);
