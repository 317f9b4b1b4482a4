using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// The one outstanding password-reset (or invitation) token of a user: its SHA-256 hash, when it expires,
/// and the security stamp it was issued under (a reset changes the stamp, so a ticket works once).
/// </summary>
[Immutable]
public sealed record PasswordResetTicket(string TokenHash, DateTimeOffset ExpiresAtUtc, string SecurityStamp);
