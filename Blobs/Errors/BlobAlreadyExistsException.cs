namespace Platform.Blobs.Errors;

/// <summary>An upload targets a name that already holds different content; both SHA-256 checksums are given.</summary>
public sealed class BlobAlreadyExistsException(string key, string? existingSha256, string sourceSha256)
    : BlobStoreException(
        $"Blob '{key}' already exists with different content (stored SHA-256 {existingSha256 ?? "unknown"}, source SHA-256 {sourceSha256}).")
{
    public string Key { get; } = key;

    /// <summary>The stored blob's SHA-256 (hex) from its metadata, or null when it has none.</summary>
    public string? ExistingSha256 { get; } = existingSha256;

    public string SourceSha256 { get; } = sourceSha256;
}
