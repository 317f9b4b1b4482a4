using Platform.Blobs.Keys;
using Platform.Blobs.Store;

namespace Platform.Blobs.Tests.Fixtures;

/// <summary>Passes calls through, with hooks to "kill" the agent or restart storage after a block, or to tamper with reads.</summary>
public sealed class InterceptingBlobStore(IBlobStore inner) : IBlobStore
{
    private int _staged;

    /// <summary>Blocks staged through this decorator so far.</summary>
    public int StagedBlocks => _staged;

    /// <summary>Awaited before each block is staged, e.g. a gate that holds every block back.</summary>
    public Func<Task> BeforeStaged { get; init; } = () => Task.CompletedTask;

    /// <summary>Runs after each successfully staged block with the running count.</summary>
    public Func<int, Task> AfterStaged { get; init; } = _ => Task.CompletedTask;

    /// <summary>Replaces what reads return.</summary>
    public Func<Stream, Stream> OnRead { get; init; } = stream => stream;

    public async Task StageBlockAsync(BlobKey key, string blockId, ReadOnlyMemory<byte> content, ReadOnlyMemory<byte> contentMd5, CancellationToken cancellationToken)
    {
        await BeforeStaged();
        await inner.StageBlockAsync(key, blockId, content, contentMd5, cancellationToken);
        await AfterStaged(Interlocked.Increment(ref _staged));
    }

    public Task CommitBlocksAsync(BlobKey key, IReadOnlyList<string> blockIds, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken) =>
        inner.CommitBlocksAsync(key, blockIds, metadata, cancellationToken);

    public Task<IReadOnlyList<StagedBlock>> GetUncommittedBlocksAsync(BlobKey key, CancellationToken cancellationToken) =>
        inner.GetUncommittedBlocksAsync(key, cancellationToken);

    public Task<BlobProperties?> GetPropertiesAsync(BlobKey key, CancellationToken cancellationToken) => inner.GetPropertiesAsync(key, cancellationToken);

    public async Task<Stream> OpenReadAsync(BlobKey key, BlobRange? range, CancellationToken cancellationToken) =>
        OnRead(await inner.OpenReadAsync(key, range, cancellationToken));

    public Task<BlobPage> ListAsync(string prefix, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        inner.ListAsync(prefix, pageSize, continuationToken, cancellationToken);

    public Task<bool> DeleteAsync(BlobKey key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken) => inner.DeleteByPrefixAsync(prefix, cancellationToken);
}
