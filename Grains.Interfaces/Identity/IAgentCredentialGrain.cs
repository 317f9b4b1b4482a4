using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>An edge agent's client credential, keyed by client id: the microscope it acts for and its hashed secret.</summary>
public interface IAgentCredentialGrain : IGrainWithStringKey
{
    /// <summary>Throws AlreadyExistsException when the client id is taken.</summary>
    Task<AgentCredentialView> RegisterAsync(AgentRegistration registration);

    [ReadOnly]
    Task<AgentCredentialView> GetAsync();

    /// <summary>Replaces the secret hash: the old secret stops working at once. A revoked credential cannot be rotated.</summary>
    Task<AgentCredentialView> RotateSecretAsync(string newSecretHash);

    /// <summary>Revokes the credential for good (idempotent).</summary>
    Task<AgentCredentialView> RevokeAsync();

    /// <summary>The credential if <paramref name="secretHash"/> matches and it is not revoked; null otherwise (also when unknown).</summary>
    [ReadOnly]
    Task<AgentCredentialView?> VerifyAsync(string secretHash);
}
