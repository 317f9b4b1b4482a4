using Platform.Blobs.Keys;
using Platform.Blobs.Store;

namespace Platform.Blobs.Grants;

/// <summary>
/// A store seen through a grant: every call is checked against the grant's prefix, permissions
/// and expiry before it reaches the backend, so out-of-scope calls fail without touching storage.
/// </summary>
public sealed class GrantScopedBlobStore(IBlobStore inner, BlobGrant grant, TimeProvider timeProvider) : IBlobStore
{
    public BlobGrant Grant => grant;

    public Task StageBlockAsync(BlobKey key, string blockId, ReadOnlyMemory<byte> content, ReadOnlyMemory<byte> contentMd5, CancellationToken cancellationToken)
    {
        grant.EnsureAllows(key, BlobPermissions.Write, timeProvider.GetUtcNow());
        return inner.StageBlockAsync(key, blockId, content, contentMd5, cancellationToken);
    }

    public Task CommitBlocksAsync(BlobKey key, IReadOnlyList<string> blockIds, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        grant.EnsureAllows(key, BlobPermissions.Write, timeProvider.GetUtcNow());
        return inner.CommitBlocksAsync(key, blockIds, metadata, cancellationToken);
    }

    public Task<IReadOnlyList<StagedBlock>> GetUncommittedBlocksAsync(BlobKey key, CancellationToken cancellationToken)
    {
        grant.EnsureAllowsAny(key, BlobPermissions.Read | BlobPermissions.Write, timeProvider.GetUtcNow());
        return inner.GetUncommittedBlocksAsync(key, cancellationToken);
    }

    public Task<BlobProperties?> GetPropertiesAsync(BlobKey key, CancellationToken cancellationToken)
    {
        // A writer needs the properties to detect "same name twice" and to verify its own upload.
        grant.EnsureAllowsAny(key, BlobPermissions.Read | BlobPermissions.Write, timeProvider.GetUtcNow());
        return inner.GetPropertiesAsync(key, cancellationToken);
    }

    public Task<Stream> OpenReadAsync(BlobKey key, BlobRange? range, CancellationToken cancellationToken)
    {
        grant.EnsureAllows(key, BlobPermissions.Read, timeProvider.GetUtcNow());
        return inner.OpenReadAsync(key, range, cancellationToken);
    }

    public Task<BlobPage> ListAsync(string prefix, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        grant.EnsureAllowsPrefix(prefix, BlobPermissions.List, timeProvider.GetUtcNow());
        return inner.ListAsync(prefix, pageSize, continuationToken, cancellationToken);
    }

    public Task<bool> DeleteAsync(BlobKey key, CancellationToken cancellationToken)
    {
        grant.EnsureAllows(key, BlobPermissions.Delete, timeProvider.GetUtcNow());
        return inner.DeleteAsync(key, cancellationToken);
    }

    public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        grant.EnsureAllowsPrefix(prefix, BlobPermissions.List | BlobPermissions.Delete, timeProvider.GetUtcNow());
        return inner.DeleteByPrefixAsync(prefix, cancellationToken);
    }
}
