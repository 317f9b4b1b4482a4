namespace Platform.Runtime;

/// <summary>
/// Thrown when a state write or clear finds a different ETag in storage than the one the grain read:
/// another activation (on this node or another) changed the record first. The grain must re-read and
/// re-decide; the runtime deactivates the activation and retries the call on a fresh one.
/// </summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException(string message, string? storedEtag, string? currentEtag)
        : base(message)
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    /// <summary>The ETag found in storage (null when the record does not exist).</summary>
    public string? StoredEtag { get; }

    /// <summary>The ETag the writer expected (null when it expected no record).</summary>
    public string? CurrentEtag { get; }
}
