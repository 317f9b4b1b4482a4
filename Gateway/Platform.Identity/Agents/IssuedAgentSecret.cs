using Platform.Grains.Identity;

namespace Platform.Identity.Agents;

/// <summary>A registered or rotated agent credential with its secret, which is shown this once and never stored.</summary>
public sealed record IssuedAgentSecret(AgentCredentialView Credential, string ClientSecret);
