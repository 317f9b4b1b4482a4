using Platform.Grains.Identity;

namespace Platform.Identity.Accounts;

/// <summary>The created user and, for an invitation, the one-time token that sets its password (to hand over out of band).</summary>
public sealed record CreatedUser(UserView User, string? InvitationToken);
