using Platform.Blobs.Keys;
using Platform.Blobs.Store;

namespace Platform.Transfer.Tests.Fixtures;

/// <summary>A real store behind a slow link: each staged block takes at least <paramref name="perBlock"/> more, so a test can act mid-upload.</summary>
public sealed class PacedBlobStore(IBlobStore inner, TimeSpan perBlock) : IBlobStore
{
    public async Task StageBlockAsync(BlobKey key, string blockId, ReadOnlyMemory<byte> content, ReadOnlyMemory<byte> contentMd5, CancellationToken cancellationToken)
    {
        await Task.Delay(perBlock, cancellationToken);
        await inner.StageBlockAsync(key, blockId, content, contentMd5, cancellationToken);
    }

    public Task CommitBlocksAsync(BlobKey key, IReadOnlyList<string> blockIds, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken) =>
        inner.CommitBlocksAsync(key, blockIds, metadata, cancellationToken);

    public Task<IReadOnlyList<StagedBlock>> GetUncommittedBlocksAsync(BlobKey key, CancellationToken cancellationToken) =>
        inner.GetUncommittedBlocksAsync(key, cancellationToken);

    public Task<BlobProperties?> GetPropertiesAsync(BlobKey key, CancellationToken cancellationToken) => inner.GetPropertiesAsync(key, cancellationToken);

    public Task<Stream> OpenReadAsync(BlobKey key, BlobRange? range, CancellationToken cancellationToken) => inner.OpenReadAsync(key, range, cancellationToken);

    public Task<BlobPage> ListAsync(string prefix, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        inner.ListAsync(prefix, pageSize, continuationToken, cancellationToken);

    public Task<bool> DeleteAsync(BlobKey key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken) => inner.DeleteByPrefixAsync(prefix, cancellationToken);
}
