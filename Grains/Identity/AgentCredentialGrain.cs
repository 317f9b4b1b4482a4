using System.Security.Cryptography;
using System.Text;
using Platform.Grains.Errors;
using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>A client credential (an edge agent's, or a results client's): verifies its secret hash in constant time; rotation and revocation take effect at once.</summary>
[GrainType("agent-credential")]
public sealed class AgentCredentialGrain([PersistentState("credential")] IPersistentState<AgentCredentialState> state) : Grain, IAgentCredentialGrain
{
    public async Task<AgentCredentialView> RegisterAsync(AgentRegistration registration)
    {
        if (state.RecordExists)
        {
            throw new AlreadyExistsException("Agent credential", GrainKey);
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(registration.FacilityId))
        {
            errors.Add(new("facilityId", "is required"));
        }

        if (registration.Kind == ClientKind.Agent && string.IsNullOrWhiteSpace(registration.MicroscopeId))
        {
            errors.Add(new("microscopeId", "is required"));
        }

        if (registration.Kind == ClientKind.Results && string.IsNullOrWhiteSpace(registration.ClientName))
        {
            errors.Add(new("name", "is required"));
        }

        if (string.IsNullOrWhiteSpace(registration.SecretHash))
        {
            errors.Add(new("secretHash", "is required"));
        }

        InvalidInputException.ThrowIfAny(errors);
        var now = TimeProvider.GetUtcNow();
        state.State.FacilityId = registration.FacilityId;
        state.State.MicroscopeId = registration.MicroscopeId;
        state.State.SecretHash = registration.SecretHash;
        state.State.RegisteredByUserId = registration.RegisteredByUserId;
        state.State.Kind = registration.Kind;
        state.State.ClientName = registration.Kind == ClientKind.Results ? registration.ClientName : null;
        state.State.RegisteredAtUtc = now;
        state.State.SecretIssuedAtUtc = now;
        await state.WriteStateAsync();
        return View();
    }

    public Task<AgentCredentialView> GetAsync() => Task.FromResult(View());

    public async Task<AgentCredentialView> RotateSecretAsync(string newSecretHash)
    {
        var view = View();
        if (view.IsRevoked)
        {
            throw new InvalidStateException("rotate the secret", "revoked", "register a new agent credential instead");
        }

        state.State.SecretHash = newSecretHash;
        state.State.SecretIssuedAtUtc = TimeProvider.GetUtcNow();
        await state.WriteStateAsync();
        return View();
    }

    public async Task<AgentCredentialView> RevokeAsync()
    {
        var view = View();
        if (!view.IsRevoked)
        {
            state.State.RevokedAtUtc = TimeProvider.GetUtcNow();
            await state.WriteStateAsync();
        }

        return View();
    }

    public Task<AgentCredentialView?> VerifyAsync(string secretHash)
    {
        if (!state.RecordExists || state.State.RevokedAtUtc is not null)
        {
            return Task.FromResult<AgentCredentialView?>(null);
        }

        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(secretHash), Encoding.ASCII.GetBytes(state.State.SecretHash));
        return Task.FromResult(matches ? View() : null);
    }

    private AgentCredentialView View() =>
        state.RecordExists
            ? new AgentCredentialView(GrainKey, state.State.FacilityId, state.State.MicroscopeId, state.State.RegisteredByUserId, state.State.RegisteredAtUtc, state.State.SecretIssuedAtUtc, state.State.RevokedAtUtc,
                state.State.Kind, state.State.ClientName)
            : throw new NotFoundException("Agent credential", GrainKey);
}
