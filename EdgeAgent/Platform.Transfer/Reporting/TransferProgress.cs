namespace Platform.Transfer.Reporting;

/// <summary>How far the current file's upload is: bytes sent now, bytes an earlier run had already staged, and the rate.</summary>
/// <param name="ItemId">The queue entry.</param>
/// <param name="BlobName">The file's name under the session prefix.</param>
/// <param name="BytesSent">Bytes sent to storage by this attempt.</param>
/// <param name="BytesReused">Bytes found already staged by an interrupted earlier attempt (not sent again).</param>
/// <param name="SizeBytes">The file's size.</param>
/// <param name="BytesPerSecond">Bytes sent by this attempt divided by its elapsed time.</param>
public sealed record TransferProgress(long ItemId, string BlobName, long BytesSent, long BytesReused, long SizeBytes, double BytesPerSecond);
