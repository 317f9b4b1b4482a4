using Platform.Blobs.Errors;

namespace Platform.Blobs.Keys;

/// <summary>Thrown when a blob key or prefix is not a safe relative name (e.g. contains "..").</summary>
public sealed class InvalidBlobKeyException(string key, string reason)
    : BlobStoreException($"Blob key '{key}' is invalid: it {reason}.")
{
    public string Key { get; } = key;

    public string Reason { get; } = reason;
}
