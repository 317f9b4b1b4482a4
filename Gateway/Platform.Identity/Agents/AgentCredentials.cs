using Platform.Grains.Errors;
using Platform.Grains.Identity;
using Platform.Grains.Microscopes;
using Platform.Identity.Tokens;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Identity.Agents;

/// <summary>
/// Client credentials: edge agents (registration for a microscope of a facility) and results clients (external pipelines
/// of a facility), secret rotation, revocation and verification. Secrets are 256 random bits, returned once, stored as SHA-256. No authorization here.
/// </summary>
public sealed class AgentCredentials(IGrainFactory grains, IIndexReader indexes)
{
    /// <summary>Registers an agent for <paramref name="microscopeId"/>, which must belong to <paramref name="facilityId"/>.</summary>
    public async Task<IssuedAgentSecret> RegisterAsync(string facilityId, string microscopeId, string registeredByUserId, string? clientId = null, string? secret = null)
    {
        if (string.IsNullOrWhiteSpace(microscopeId))
        {
            throw new InvalidInputException([new("microscopeId", "is required")]);
        }

        MicroscopeView microscope;
        try
        {
            microscope = await grains.GetGrain<IMicroscopeGrain>(microscopeId).GetAsync().ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            throw new InvalidInputException([new("microscopeId", $"microscope '{microscopeId}' does not exist in facility '{facilityId}'")]);
        }

        if (microscope.Registration.FacilityId != facilityId)
        {
            // Another facility's microscope looks exactly like a missing one.
            throw new InvalidInputException([new("microscopeId", $"microscope '{microscopeId}' does not exist in facility '{facilityId}'")]);
        }

        clientId ??= "agent-" + SecretHashing.NewId();
        secret ??= SecretHashing.NewSecret();
        var view = await grains.GetGrain<IAgentCredentialGrain>(clientId)
            .RegisterAsync(new AgentRegistration(facilityId, microscopeId, SecretHashing.Hash(secret), registeredByUserId)).ConfigureAwait(false);
        return new(view, secret);
    }

    /// <summary>
    /// Registers a results client for <paramref name="facilityId"/>: an external pipeline whose results are recorded under
    /// source <paramref name="name"/> (letters, digits, '.', '_', '-'; not <c>agent</c>, which is the edge agent's; unique in the facility).
    /// </summary>
    public async Task<IssuedAgentSecret> RegisterResultsClientAsync(string facilityId, string name, string registeredByUserId, CancellationToken cancellationToken)
    {
        if (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-') || name == "agent")
        {
            throw new InvalidInputException([new("name", "must be 1–64 letters, digits, '.', '_' or '-', and not 'agent'")]);
        }

        foreach (var id in await ClientIdsOfFacilityAsync(facilityId, cancellationToken).ConfigureAwait(false))
        {
            if ((await GetAsync(id).ConfigureAwait(false)) is { Kind: ClientKind.Results, IsRevoked: false } other && other.ClientName == name)
            {
                throw new InvalidInputException([new("name", $"a results client named '{name}' already exists in facility '{facilityId}'")]);
            }
        }

        var clientId = "results-" + SecretHashing.NewId();
        var secret = SecretHashing.NewSecret();
        var view = await grains.GetGrain<IAgentCredentialGrain>(clientId)
            .RegisterAsync(new AgentRegistration(facilityId, "", SecretHashing.Hash(secret), registeredByUserId, ClientKind.Results, name)).ConfigureAwait(false);
        return new(view, secret);
    }

    public Task<AgentCredentialView> GetAsync(string clientId) => grains.GetGrain<IAgentCredentialGrain>(clientId).GetAsync();

    /// <summary>Issues a new secret; the old one stops working at once.</summary>
    public async Task<IssuedAgentSecret> RotateAsync(string clientId)
    {
        var secret = SecretHashing.NewSecret();
        var view = await grains.GetGrain<IAgentCredentialGrain>(clientId).RotateSecretAsync(SecretHashing.Hash(secret)).ConfigureAwait(false);
        return new(view, secret);
    }

    public Task<AgentCredentialView> RevokeAsync(string clientId) => grains.GetGrain<IAgentCredentialGrain>(clientId).RevokeAsync();

    /// <summary>The credential when the id and secret match and it is not revoked; null otherwise.</summary>
    public Task<AgentCredentialView?> VerifyAsync(string clientId, string secret) =>
        clientId.Length is 0 or > 100 || !clientId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') || secret.Length is 0 or > 200
            ? Task.FromResult<AgentCredentialView?>(null)
            : grains.GetGrain<IAgentCredentialGrain>(clientId).VerifyAsync(SecretHashing.Hash(secret));

    /// <summary>The agents of a facility (revoked ones included), from the <c>agent_credentials</c> index.</summary>
    public async Task<IReadOnlyList<string>> ClientIdsOfFacilityAsync(string facilityId, CancellationToken cancellationToken)
    {
        var page = await indexes.QueryAsync(
            new IndexQuery(IdentityIndex.AgentsTable) { Filters = [new(IdentityIndex.FacilityId, IndexOperator.Equal, facilityId)], Limit = 10_000 },
            cancellationToken).ConfigureAwait(false);
        return [.. page.Rows.Select(r => r.Key)];
    }
}
