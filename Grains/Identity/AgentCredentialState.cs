using Platform.Runtime.Indexing;

namespace Platform.Grains.Identity;

/// <summary>Persistent state of an agent credential; <see cref="SecretHash"/> is SHA-256 of the secret, never the secret.</summary>
public sealed class AgentCredentialState : IIndexedState
{
    public string FacilityId { get; set; } = "";

    public string MicroscopeId { get; set; } = "";

    public string SecretHash { get; set; } = "";

    public string RegisteredByUserId { get; set; } = "";

    public DateTimeOffset RegisteredAtUtc { get; set; }

    public DateTimeOffset SecretIssuedAtUtc { get; set; }

    public DateTimeOffset? RevokedAtUtc { get; set; }

    public ClientKind Kind { get; set; }

    /// <summary>Results clients only: the source name their results are recorded under.</summary>
    public string? ClientName { get; set; }

    public IReadOnlyList<IndexRow> ToIndexRows(string grainKey) =>
    [
        new(IdentityIndex.AgentsTable, grainKey, new Dictionary<string, object?>
        {
            [IdentityIndex.FacilityId] = FacilityId,
            [IdentityIndex.MicroscopeId] = MicroscopeId,
            [IdentityIndex.Revoked] = RevokedAtUtc is not null,
        }),
    ];
}
