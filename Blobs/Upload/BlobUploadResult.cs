using Platform.Blobs.Keys;

namespace Platform.Blobs.Upload;

/// <summary>What an upload did: the committed blob's length and SHA-256, and how many blocks were sent or reused.</summary>
/// <param name="Key">The blob written (or found).</param>
/// <param name="LengthBytes">Length of the source and of the committed blob.</param>
/// <param name="Sha256">SHA-256 of the whole source, lower-case hex, also stored in the blob's metadata.</param>
/// <param name="AlreadyPresent">True when the blob already held exactly this content, so nothing was sent.</param>
/// <param name="BlocksUploaded">Blocks sent in this run.</param>
/// <param name="BlocksReused">Blocks found already staged by an interrupted earlier run and not sent again.</param>
public sealed record BlobUploadResult(
    BlobKey Key,
    long LengthBytes,
    string Sha256,
    bool AlreadyPresent,
    int BlocksUploaded,
    int BlocksReused);
