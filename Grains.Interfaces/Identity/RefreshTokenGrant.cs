using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// Who a refresh-token family was issued to (a user id and the OAuth client), the user's security stamp at sign-in
/// (a password reset or disable changes it, which ends the family) and when the family ends.
/// </summary>
[Immutable]
public sealed record RefreshTokenGrant(string UserId, string ClientId, string SecurityStamp, DateTimeOffset ExpiresAtUtc);
