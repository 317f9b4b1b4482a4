namespace Platform.Identity.Admin;

/// <summary>Body of <c>POST /account/reset-password</c>: sets a password with a reset or invitation token.</summary>
public sealed record ResetPasswordRequest(string Email, string Token, string NewPassword);
