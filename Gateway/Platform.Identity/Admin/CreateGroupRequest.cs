namespace Platform.Identity.Admin;

/// <summary>Body of <c>POST /admin/facilities/{id}/groups</c>.</summary>
public sealed record CreateGroupRequest(string Name, string PiUserId);
