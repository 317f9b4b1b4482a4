using Platform.Runtime;

namespace Platform.Grains.Microscopes;

/// <summary>A microscope, keyed by microscope id: its hardware, and the run lock that keeps two sessions off one scope.</summary>
public interface IMicroscopeGrain : IGrainWithStringKey
{
    /// <summary>Creates the microscope or updates its hardware description (the facility cannot change).</summary>
    Task<MicroscopeView> RegisterAsync(MicroscopeRegistration registration);

    [ReadOnly]
    Task<MicroscopeView> GetAsync();

    /// <summary>Takes (or renews, for the same session) the run lock; throws ScopeLockedException when another session holds a live lease.</summary>
    Task<RunLock> AcquireRunLockAsync(string sessionId, string holderUserId, TimeSpan lease);

    /// <summary>Releases the lock if <paramref name="sessionId"/> holds it; returns whether it did.</summary>
    Task<bool> ReleaseRunLockAsync(string sessionId);

    /// <summary>Staff override ("remove scope lock"): releases whatever holds the lock; returns the lock removed.</summary>
    Task<RunLock?> ForceReleaseRunLockAsync(string staffUserId);

    /// <summary>The agent's heartbeat.</summary>
    Task RecordAgentHeartbeatAsync();
}
