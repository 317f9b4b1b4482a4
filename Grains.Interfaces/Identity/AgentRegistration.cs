using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// Registers a client credential: an edge agent for one microscope, or (<see cref="Kind"/> <see cref="ClientKind.Results"/>)
/// a results client of the facility named <see cref="ClientName"/>, with an empty microscope. <see cref="SecretHash"/> is
/// the SHA-256 of the generated secret; the secret itself is shown to the registering admin once and never stored.
/// </summary>
[Immutable]
public sealed record AgentRegistration(string FacilityId, string MicroscopeId, string SecretHash, string RegisteredByUserId, ClientKind Kind = ClientKind.Agent, string? ClientName = null);
