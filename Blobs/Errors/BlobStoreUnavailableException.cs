namespace Platform.Blobs.Errors;

/// <summary>The store kept failing with transient errors (5xx, dropped connections) after every retry.</summary>
public sealed class BlobStoreUnavailableException(string operation, int attempts, Exception? lastError)
    : BlobStoreException($"{operation} failed after {attempts} attempts: {lastError?.Message ?? "server error"}", lastError)
{
    public int Attempts { get; } = attempts;
}
