namespace Platform.Blobs.Errors;

/// <summary>Data did not match its checksum (a block's MD5 on arrival, or the whole file's SHA-256 after commit).</summary>
public sealed class BlobChecksumMismatchException(string key, string what, string expected, string actual)
    : BlobStoreException($"Blob '{key}': {what} mismatch: expected {expected}, got {actual}.")
{
    public string Key { get; } = key;

    public string Expected { get; } = expected;

    public string Actual { get; } = actual;
}
