namespace Platform.Blobs.Errors;

/// <summary>The store rejected a request for a reason no other error type covers (e.g. HTTP 400 with its error code).</summary>
public sealed class BlobRequestRejectedException(string operation, int statusCode, string errorCode, string detail)
    : BlobStoreException($"{operation} was rejected ({statusCode} {errorCode}): {detail}")
{
    public int StatusCode { get; } = statusCode;

    /// <summary>The store's error code, e.g. Azure's <c>InvalidBlockList</c>.</summary>
    public string ErrorCode { get; } = errorCode;
}
