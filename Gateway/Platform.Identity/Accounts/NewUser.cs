namespace Platform.Identity.Accounts;

/// <summary>A user to create: without a password it is an invitation, answered with a token that sets the first password.</summary>
public sealed record NewUser(string Email, string DisplayName, string? Password = null);
