using Platform.Blobs.Errors;
using Platform.Blobs.FileSystem;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;
using Platform.Blobs.Tests.Contract;

namespace Platform.Blobs.Tests.FileSystem;

/// <summary>The contract suite against the filesystem backend, plus what only it has (files, folders).</summary>
public sealed class FileSystemBlobStoreTests : BlobStoreContract, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "platform-blobs-fs-" + Guid.NewGuid().ToString("N"));
    private readonly FileSystemBlobStore _store;

    public FileSystemBlobStoreTests()
    {
        _store = new FileSystemBlobStore(_root);
    }

    protected override IBlobStore Store => _store;

    protected override IBlobStore ForGrant(BlobGrant grant) => _store.ForGrant(grant, Signer, Clock);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Committed_blob_is_a_plain_file_at_its_key_and_staging_is_cleaned_up()
    {
        var content = RandomBytes(2500, seed: 30);

        await PutAsync(Store, Key("grid1/movie.tif"), content);

        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(_root, "blobs", Session, "grid1", "movie.tif"), Token));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_root, "staging")));
    }

    [Fact]
    public async Task Half_written_block_left_by_a_crash_is_not_counted_as_staged()
    {
        var key = Key("grid1/movie.tif");
        await PutAsync(Store, Key("grid1/other.tif"), [1]);
        var stagingFolder = Directory.CreateDirectory(Path.Combine(_root, "staging", "leftover"));
        await File.WriteAllBytesAsync(Path.Combine(stagingFolder.FullName, "00.block.123.tmp"), [1, 2], Token);

        Assert.Empty(await Store.GetUncommittedBlocksAsync(key, Token));
    }

    [Fact]
    public async Task Deleting_a_session_removes_its_folders_too()
    {
        await PutAsync(Store, Key("grid1/movie.tif"), [1]);

        await Store.DeleteByPrefixAsync(Session, Token);

        Assert.False(Directory.Exists(Path.Combine(_root, "blobs", Session)));
        Assert.True(Directory.Exists(Path.Combine(_root, "blobs", Facility)));
    }

    [Fact]
    public async Task A_key_cannot_be_both_a_blob_and_a_folder()
    {
        await PutAsync(Store, Key("grid1"), [1]);

        await Assert.ThrowsAsync<BlobConflictException>(() => PutAsync(Store, Key("grid1/movie.tif"), [2]));
    }

    [Fact]
    public async Task Corrupt_metadata_fails_with_a_typed_error()
    {
        var key = Key("grid1/movie.tif");
        await PutAsync(Store, key, [1]);
        await File.WriteAllTextAsync(Path.Combine(_root, "meta", Session, "grid1", "movie.tif.json"), "{ not json", Token);

        await Assert.ThrowsAsync<BlobStoreException>(() => Store.GetPropertiesAsync(key, Token));
    }

    [Fact]
    public async Task Invalid_block_id_is_rejected()
    {
        var error = await Assert.ThrowsAsync<BlobRequestRejectedException>(
            () => Store.StageBlockAsync(Key("grid1/movie.tif"), "not base64!", new byte[] { 1 }, System.Security.Cryptography.MD5.HashData(new byte[] { 1 }), Token));

        Assert.Equal("InvalidBlockId", error.ErrorCode);
    }

    [Fact]
    public async Task Listing_with_an_unsafe_prefix_is_rejected()
    {
        await Assert.ThrowsAsync<InvalidBlobKeyException>(() => Store.ListAsync("../", 10, null, Token));
        await Assert.ThrowsAsync<InvalidBlobKeyException>(() => Store.DeleteByPrefixAsync("/etc/", Token));
    }
}
