using Platform.Grains.Errors;
using Platform.Grains.Facilities;
using Platform.Runtime;

namespace Platform.Grains.Microscopes;

/// <summary>
/// A microscope. Its run lock is a lease held by one session: acquiring fails while another session's
/// lease is live, an expired lease is free, and staff can remove it. One grain holds it, and every
/// change is an ETag-checked write, so two nodes can never both grant it.
/// </summary>
[GrainType("microscope")]
public sealed class MicroscopeGrain([PersistentState("microscope")] IPersistentState<MicroscopeState> state) : Grain, IMicroscopeGrain
{
    public async Task<MicroscopeView> RegisterAsync(MicroscopeRegistration registration)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(registration.Name))
        {
            errors.Add(new("name", "is required"));
        }

        if (registration.Detectors.Count == 0)
        {
            errors.Add(new("detectors", "at least one detector is required"));
        }

        if (registration.Detectors.Select(d => d.Id).Distinct().Count() != registration.Detectors.Count)
        {
            errors.Add(new("detectors", "detector ids must be unique"));
        }

        if (registration.AutoloaderCapacity is < 1 or > 100)
        {
            errors.Add(new("autoloaderCapacity", "must be between 1 and 100 grids"));
        }

        if (state.State.Registration is { } existing && existing.FacilityId != registration.FacilityId)
        {
            errors.Add(new("facilityId", "a microscope cannot move to another facility"));
        }

        InvalidInputException.ThrowIfAny(errors);
        await GrainFactory.GetGrain<IFacilityGrain>(registration.FacilityId).GetAsync();
        state.State.Registration = registration;
        await state.WriteStateAsync();
        return View();
    }

    public Task<MicroscopeView> GetAsync() => Task.FromResult(View());

    public async Task<RunLock> AcquireRunLockAsync(string sessionId, string holderUserId, TimeSpan lease)
    {
        EnsureRegistered();
        var now = TimeProvider.GetUtcNow();
        var held = LiveLock(now);
        if (held is not null && held.SessionId != sessionId)
        {
            throw new ScopeLockedException(GrainKey, held.SessionId, held.LeaseExpiresAtUtc, held.HolderUserId);
        }

        // Renewing keeps the original acquisition time; an expired or free lock starts a new one.
        state.State.RunLock = new RunLock(sessionId, holderUserId, held?.AcquiredAtUtc ?? now, now + lease);
        await state.WriteStateAsync();
        return state.State.RunLock;
    }

    public async Task<bool> ReleaseRunLockAsync(string sessionId)
    {
        if (state.State.RunLock?.SessionId != sessionId)
        {
            return false;
        }

        state.State.RunLock = null;
        await state.WriteStateAsync();
        return true;
    }

    public async Task<RunLock?> ForceReleaseRunLockAsync(string staffUserId)
    {
        EnsureRegistered();
        var removed = state.State.RunLock;
        if (removed is null)
        {
            return null;
        }

        state.State.RunLock = null;
        await state.WriteStateAsync();
        return removed;
    }

    public async Task RecordAgentHeartbeatAsync()
    {
        EnsureRegistered();
        state.State.AgentSeenAtUtc = TimeProvider.GetUtcNow();
        await state.WriteStateAsync();
    }

    private RunLock? LiveLock(DateTimeOffset now) =>
        state.State.RunLock is { } held && held.LeaseExpiresAtUtc > now ? held : null;

    private MicroscopeRegistration EnsureRegistered() =>
        state.State.Registration ?? throw new NotFoundException("Microscope", GrainKey);

    private MicroscopeView View() =>
        new(GrainKey, EnsureRegistered(), LiveLock(TimeProvider.GetUtcNow()), state.State.AgentSeenAtUtc);
}
