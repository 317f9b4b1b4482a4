namespace Platform.Blobs.Errors;

/// <summary>Base of every error the blob stores raise; catch it to handle any storage failure.</summary>
public class BlobStoreException : Exception
{
    public BlobStoreException(string message)
        : base(message)
    {
    }

    public BlobStoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
