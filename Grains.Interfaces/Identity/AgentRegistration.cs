using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>
/// Registers an edge agent for one microscope. <see cref="SecretHash"/> is the SHA-256 of the generated
/// secret; the secret itself is shown to the registering admin once and never stored.
/// </summary>
[Immutable]
public sealed record AgentRegistration(string FacilityId, string MicroscopeId, string SecretHash, string RegisteredByUserId);
