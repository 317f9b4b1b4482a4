using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>An agent credential without its secret hash: which microscope it acts for and whether it still works.</summary>
[Immutable]
public sealed record AgentCredentialView(
    string ClientId,
    string FacilityId,
    string MicroscopeId,
    string RegisteredByUserId,
    DateTimeOffset RegisteredAtUtc,
    DateTimeOffset SecretIssuedAtUtc,
    DateTimeOffset? RevokedAtUtc)
{
    public bool IsRevoked => RevokedAtUtc is not null;
}
