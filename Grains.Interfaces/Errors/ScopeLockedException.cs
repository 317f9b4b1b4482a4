namespace Platform.Grains.Errors;

/// <summary>The microscope's run lock is held by another session; carries the holder so the UI can link to it.</summary>
public sealed class ScopeLockedException(string microscopeId, string holderSessionId, DateTimeOffset leaseExpiresAtUtc, string? holderUserId = null)
    : DomainException("SCOPE_LOCKED", $"Microscope '{microscopeId}' is locked by session '{holderSessionId}' (lease until {leaseExpiresAtUtc:u}).")
{
    public string MicroscopeId { get; } = microscopeId;

    public string HolderSessionId { get; } = holderSessionId;

    public DateTimeOffset LeaseExpiresAtUtc { get; } = leaseExpiresAtUtc;

    /// <summary>The user who started the holding session's run, when known.</summary>
    public string? HolderUserId { get; } = holderUserId;
}
