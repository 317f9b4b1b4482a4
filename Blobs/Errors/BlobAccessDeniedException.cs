namespace Platform.Blobs.Errors;

/// <summary>The caller's grant or credential does not allow this operation on this key (HTTP 403).</summary>
public class BlobAccessDeniedException(string message) : BlobStoreException(message);
