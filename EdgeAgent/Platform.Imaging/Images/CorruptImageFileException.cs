namespace Platform.Imaging.Images;

/// <summary>Thrown when an image file (MRC, TIFF, gain reference) is truncated, malformed or unsupported; says why.</summary>
public sealed class CorruptImageFileException : Exception
{
    public CorruptImageFileException(string reason)
        : base(reason)
    {
        Reason = reason;
    }

    public CorruptImageFileException(string reason, Exception innerException)
        : base(reason, innerException)
    {
        Reason = reason;
    }

    /// <summary>What is wrong with the file, in words a user can act on.</summary>
    public string Reason { get; }
}
