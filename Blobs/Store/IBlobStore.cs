using Platform.Blobs.Keys;

namespace Platform.Blobs.Store;

/// <summary>Block-blob storage: the operations both backends offer, with full access or through a grant.</summary>
/// <remarks>
/// Blobs are written once: stage blocks, then commit their list. A commit onto an existing blob
/// fails with <see cref="Errors.BlobConflictException"/>; delete it first to replace it.
/// Whole files are uploaded with <see cref="Upload.BlockUploader"/>, which is the one way to put data.
/// </remarks>
public interface IBlobStore
{
    /// <summary>Stages one block; the store rejects it when its MD5 differs from <paramref name="contentMd5"/>.</summary>
    Task StageBlockAsync(BlobKey key, string blockId, ReadOnlyMemory<byte> content, ReadOnlyMemory<byte> contentMd5, CancellationToken cancellationToken);

    /// <summary>Atomically makes the staged blocks, in this order, the content of a new blob with the given metadata.</summary>
    Task CommitBlocksAsync(BlobKey key, IReadOnlyList<string> blockIds, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken);

    /// <summary>Blocks staged for <paramref name="key"/> but not yet committed (what an interrupted upload left).</summary>
    Task<IReadOnlyList<StagedBlock>> GetUncommittedBlocksAsync(BlobKey key, CancellationToken cancellationToken);

    /// <summary>Length and metadata of a committed blob, or null when it does not exist.</summary>
    Task<BlobProperties?> GetPropertiesAsync(BlobKey key, CancellationToken cancellationToken);

    /// <summary>Opens the blob's content, or the given byte range of it, for streaming reads.</summary>
    Task<Stream> OpenReadAsync(BlobKey key, BlobRange? range, CancellationToken cancellationToken);

    /// <summary>One page of committed blobs whose keys start with <paramref name="prefix"/>, in key order.</summary>
    Task<BlobPage> ListAsync(string prefix, int pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Deletes a committed blob; false when there was none. Staged blocks go too on the filesystem; Azure discards a never-committed blob's blocks itself after 7 days.</summary>
    Task<bool> DeleteAsync(BlobKey key, CancellationToken cancellationToken);

    /// <summary>Deletes every committed blob under <paramref name="prefix"/> and returns how many were deleted.</summary>
    Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken);
}
