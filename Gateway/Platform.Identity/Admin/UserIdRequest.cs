namespace Platform.Identity.Admin;

/// <summary>Body naming one user: <c>POST /admin/groups/{id}/members</c>, <c>POST /admin/platform-admins</c>.</summary>
public sealed record UserIdRequest(string UserId);
