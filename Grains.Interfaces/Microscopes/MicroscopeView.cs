using Platform.Runtime;

namespace Platform.Grains.Microscopes;

/// <summary>A microscope as the API shows it; <see cref="RunLock"/> is null when free or when its lease has expired.</summary>
[Immutable]
public sealed record MicroscopeView(string Id, MicroscopeRegistration Registration, RunLock? RunLock, DateTimeOffset? AgentSeenAtUtc);
