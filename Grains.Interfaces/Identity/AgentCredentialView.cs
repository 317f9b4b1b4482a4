using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>A client credential without its secret hash: its kind, which microscope (agents) or name (results clients) it acts as, and whether it still works.</summary>
[Immutable]
public sealed record AgentCredentialView(
    string ClientId,
    string FacilityId,
    string MicroscopeId,
    string RegisteredByUserId,
    DateTimeOffset RegisteredAtUtc,
    DateTimeOffset SecretIssuedAtUtc,
    DateTimeOffset? RevokedAtUtc,
    ClientKind Kind = ClientKind.Agent,
    string? ClientName = null)
{
    public bool IsRevoked => RevokedAtUtc is not null;
}
