using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>The outcome of presenting a refresh token, with the family's grant when it rotated.</summary>
[Immutable]
public sealed record RefreshResult(RefreshOutcome Outcome, RefreshTokenGrant? Grant);
