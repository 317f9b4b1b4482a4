using Platform.Blobs.FileSystem;
using Platform.Blobs.Keys;
using Platform.Blobs.Tests.Fixtures;
using Platform.Blobs.Upload;

namespace Platform.Blobs.Tests.Upload;

/// <summary>The uploader's own guarantees, independent of the backend (run over the filesystem store).</summary>
public sealed class BlockUploaderTests : IDisposable
{
    private const int BlockSizeBytes = 1000;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "platform-blobs-uploader-" + Guid.NewGuid().ToString("N"));
    private readonly FileSystemBlobStore _store;

    public BlockUploaderTests()
    {
        _store = new FileSystemBlobStore(_root);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Reading_never_runs_more_than_twice_the_parallelism_plus_one_blocks_ahead_of_sending()
    {
        const int parallelism = 2;
        const int bound = (2 * parallelism) + 1;
        var token = TestContext.Current.CancellationToken;
        // Asynchronous continuations: opening the gate must not run inline inside the reader's read.
        var sendingAllowed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var readUpToBound = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = new WatchedStream(new byte[20 * BlockSizeBytes], bytesRead =>
        {
            if (bytesRead > bound * BlockSizeBytes && !sendingAllowed.Task.IsCompleted)
            {
                throw new InvalidOperationException($"read {bytesRead} bytes while no block could be sent");
            }

            if (bytesRead == bound * BlockSizeBytes)
            {
                readUpToBound.TrySetResult();
            }
        });
        var gated = new InterceptingBlobStore(_store) { BeforeStaged = () => sendingAllowed.Task };
        var uploader = new BlockUploader(gated, new BlockUploadOptions { BlockSizeBytes = BlockSizeBytes, Parallelism = parallelism });

        var upload = uploader.UploadAsync(source, BlobKey.Parse("fac/session/grid/movie.tif"), token);
        await readUpToBound.Task.WaitAsync(TimeSpan.FromSeconds(30), token);
        sendingAllowed.SetResult();
        var result = await upload;

        Assert.Equal(20, result.BlocksUploaded);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1000, 0)]
    public void Nonsensical_options_are_refused(int blockSizeBytes, int parallelism)
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new BlockUploader(_store, new BlockUploadOptions { BlockSizeBytes = blockSizeBytes, Parallelism = parallelism }));
    }

    [Fact]
    public async Task Missing_source_file_fails_before_anything_is_sent()
    {
        var uploader = new BlockUploader(_store, new BlockUploadOptions());

        await Assert.ThrowsAsync<FileNotFoundException>(
            () => uploader.UploadFileAsync(Path.Combine(_root, "absent.tif"), BlobKey.Parse("fac/session/grid/absent.tif"), TestContext.Current.CancellationToken));
        Assert.Empty((await _store.ListAsync("fac/", 10, null, TestContext.Current.CancellationToken)).Items);
    }

    /// <summary>A memory stream that reports the running byte count after each read.</summary>
    private sealed class WatchedStream(byte[] content, Action<long> afterRead) : MemoryStream(content, writable: false)
    {
        private long _bytesRead;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            afterRead(_bytesRead += read);
            return read;
        }
    }

    [Fact]
    public async Task The_observer_hears_of_every_block_once_with_those_an_interrupted_run_staged_marked_reused()
    {
        var token = TestContext.Current.CancellationToken;
        var content = new byte[10 * BlockSizeBytes];
        new Random(11).NextBytes(content);
        var key = BlobKey.Parse("fac/session/grid/observed.tif");
        for (var i = 0; i < 3; i++)
        {
            var block = content.AsMemory(i * BlockSizeBytes, BlockSizeBytes);
            var md5 = System.Security.Cryptography.MD5.HashData(block.Span);
            await _store.StageBlockAsync(key, Store.BlockIds.For(i, md5), block, md5, token);
        }

        var observer = new CollectingObserver();
        await new BlockUploader(_store, new BlockUploadOptions { BlockSizeBytes = BlockSizeBytes, Parallelism = 3 })
            .UploadAsync(new MemoryStream(content), key, token, observer);

        var blocks = observer.Blocks.OrderBy(b => b.Index).ToList();
        Assert.Equal(Enumerable.Range(0, 10), blocks.Select(b => b.Index));
        Assert.Equal([true, true, true, false, false, false, false, false, false, false], blocks.Select(b => b.Reused));
        Assert.All(blocks, b => Assert.Equal(System.Security.Cryptography.MD5.HashData(content.AsSpan(b.Index * BlockSizeBytes, BlockSizeBytes)), b.Md5));
    }

    private sealed class CollectingObserver : IBlockUploadObserver
    {
        private readonly System.Collections.Concurrent.ConcurrentBag<UploadedBlock> _blocks = [];

        public IReadOnlyCollection<UploadedBlock> Blocks => _blocks;

        public void BlockStaged(UploadedBlock block) => _blocks.Add(block);
    }
}
