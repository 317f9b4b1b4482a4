namespace Platform.Transfer.Reporting;

/// <summary>What one successful upload of a file did.</summary>
/// <param name="BlobKey">The full key written (prefix and name).</param>
/// <param name="Sha256">The whole file's SHA-256, lower-case hex, also in the blob's metadata.</param>
/// <param name="BytesSent">Bytes sent by this attempt.</param>
/// <param name="BytesReused">Bytes staged by an earlier, interrupted attempt and not sent again.</param>
/// <param name="AlreadyPresent">The blob already held exactly this content; nothing was sent.</param>
/// <param name="Elapsed">Time the attempt took, verification included.</param>
/// <param name="ReadBackBlocks">Blocks read back from storage and compared by MD5 after the commit.</param>
public sealed record FileTransferResult(string BlobKey, string Sha256, long BytesSent, long BytesReused, bool AlreadyPresent, TimeSpan Elapsed, int ReadBackBlocks)
{
    /// <summary>Bytes sent per second of the attempt.</summary>
    public double BytesPerSecond => Elapsed > TimeSpan.Zero ? BytesSent / Elapsed.TotalSeconds : 0;
}
