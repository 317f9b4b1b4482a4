namespace Platform.Blobs.Upload;

/// <summary>One block of an upload that the store holds: its position, id, MD5 and size, and whether an earlier run had already sent it.</summary>
/// <param name="Index">0-based position of the block in the file.</param>
/// <param name="BlockId">The id it is staged under (see <see cref="Store.BlockIds.For"/>).</param>
/// <param name="Md5">MD5 of the block's content (16 bytes), checked by the store on arrival.</param>
/// <param name="LengthBytes">Bytes in the block.</param>
/// <param name="Reused">True when an interrupted earlier run had staged it and nothing was sent now.</param>
public sealed record UploadedBlock(int Index, string BlockId, byte[] Md5, int LengthBytes, bool Reused);
