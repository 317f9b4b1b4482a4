namespace Platform.Blobs.Errors;

/// <summary>The blob does not exist (HTTP 404).</summary>
public sealed class BlobNotFoundException(string key) : BlobStoreException($"Blob '{key}' does not exist.")
{
    public string Key { get; } = key;
}
