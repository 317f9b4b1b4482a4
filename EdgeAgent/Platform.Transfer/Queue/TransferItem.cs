namespace Platform.Transfer.Queue;

/// <summary>One file in the durable transfer queue: the source as found, where it goes, and how far it got.</summary>
/// <param name="Id">The queue's row id.</param>
/// <param name="SourcePath">Absolute path of the source file (never modified or deleted).</param>
/// <param name="BlobName">The file's name under the grant's prefix ('/'-separated path relative to the watched folder).</param>
/// <param name="SizeBytes">The source's size when it was found complete.</param>
/// <param name="ModifiedAt">The source's last-write time when it was found complete.</param>
/// <param name="State">Where the transfer is.</param>
/// <param name="Sha256">Whole-file SHA-256 (lower-case hex) once the upload has computed it.</param>
/// <param name="Attempts">Upload attempts started so far.</param>
/// <param name="LastError">The last failure's message, if any.</param>
/// <param name="NotBefore">Earliest instant of the next attempt (backoff after a failure).</param>
public sealed record TransferItem(
    long Id,
    string SourcePath,
    string BlobName,
    long SizeBytes,
    DateTimeOffset ModifiedAt,
    TransferState State,
    string? Sha256,
    int Attempts,
    string? LastError,
    DateTimeOffset NotBefore);
