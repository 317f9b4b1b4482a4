namespace Platform.Blobs.Errors;

/// <summary>The store refused the operation because of the blob's current state (HTTP 409 or 412).</summary>
public sealed class BlobConflictException(string key, int statusCode, string reason)
    : BlobStoreException($"Blob '{key}': conflict ({statusCode}): {reason}")
{
    public string Key { get; } = key;

    /// <summary>409 (state conflict, e.g. already exists) or 412 (a condition such as If-None-Match failed).</summary>
    public int StatusCode { get; } = statusCode;
}
