namespace Platform.Blobs.Store;

/// <summary>A byte range of a blob: <see cref="LengthBytes"/> bytes from <see cref="OffsetBytes"/> (clipped at the blob's end).</summary>
public sealed record BlobRange
{
    public BlobRange(long offsetBytes, long lengthBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offsetBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lengthBytes);
        OffsetBytes = offsetBytes;
        LengthBytes = lengthBytes;
    }

    public long OffsetBytes { get; }

    public long LengthBytes { get; }

    /// <summary>Offset of the last byte in the range (inclusive), as HTTP Range headers write it.</summary>
    public long LastByte => OffsetBytes + LengthBytes - 1;
}
