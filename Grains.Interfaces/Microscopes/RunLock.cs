using Platform.Runtime;

namespace Platform.Grains.Microscopes;

/// <summary>
/// The microscope's run lock: which session runs on it, until when. It is a lease, not a file: an
/// agent that dies stops renewing it and it expires, so a crash never leaves the scope locked for good.
/// </summary>
[Immutable]
public sealed record RunLock(string SessionId, string HolderUserId, DateTimeOffset AcquiredAtUtc, DateTimeOffset LeaseExpiresAtUtc);
