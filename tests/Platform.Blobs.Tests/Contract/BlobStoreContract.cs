using Platform.Testing;
using System.Security.Cryptography;
using Platform.Blobs.Errors;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;
using Platform.Blobs.Tests.Fixtures;
using Platform.Blobs.Upload;

namespace Platform.Blobs.Tests.Contract;

/// <summary>The behaviour every blob store backend must have; each backend's test class inherits it.</summary>
public abstract partial class BlobStoreContract
{
    protected BlobStoreContract()
    {
        Signer = new BlobGrantSigner(RandomNumberGenerator.GetBytes(32), Clock);
        // Unique per test, so tests share nothing and run in parallel; the layout is facility/session/grid/...
        Facility = "fac" + Guid.NewGuid().ToString("N")[..10];
        Session = Facility + "/20261121_Apoferritin/";
    }

    protected ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected BlobGrantSigner Signer { get; }

    protected string Facility { get; }

    protected string Session { get; }

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>The backend with full access.</summary>
    protected abstract IBlobStore Store { get; }

    /// <summary>The backend as a holder of <paramref name="grant"/> sees it.</summary>
    protected abstract IBlobStore ForGrant(BlobGrant grant);

    protected BlobKey Key(string relative) => BlobKey.Parse(Session + relative);

    protected static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    protected static Task<BlobUploadResult> PutAsync(IBlobStore store, BlobKey key, byte[] content, int blockSizeBytes = 1000) =>
        new BlockUploader(store, new BlockUploadOptions { BlockSizeBytes = blockSizeBytes, Parallelism = 3 })
            .UploadAsync(new MemoryStream(content, writable: false), key, Token);

    protected static async Task<byte[]> ReadAllAsync(IBlobStore store, BlobKey key, BlobRange? range = null)
    {
        await using var stream = await store.OpenReadAsync(key, range, Token);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Token);
        return copy.ToArray();
    }

    [Fact]
    public async Task Put_then_get_returns_the_same_bytes_length_and_sha256()
    {
        var content = RandomBytes(4321, seed: 1);
        var key = Key("grid1/movie_0001.tif");

        var result = await PutAsync(Store, key, content);

        Assert.Equal(content, await ReadAllAsync(Store, key));
        var properties = await Store.GetPropertiesAsync(key, Token);
        Assert.NotNull(properties);
        Assert.Equal(4321, properties.LengthBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), properties.Sha256);
        Assert.Equal(properties.Sha256, result.Sha256);
        Assert.Equal(5, result.BlocksUploaded);
    }

    [Fact]
    public async Task Empty_file_is_stored_as_an_empty_blob()
    {
        var key = Key("grid1/empty.log");

        var result = await PutAsync(Store, key, []);

        Assert.Equal(0, result.LengthBytes);
        Assert.Empty(await ReadAllAsync(Store, key));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(ReadOnlySpan<byte>.Empty)), (await Store.GetPropertiesAsync(key, Token))?.Sha256);
    }

    [Fact]
    public async Task Ranged_read_returns_exactly_the_requested_bytes_and_is_clipped_at_the_end()
    {
        var content = RandomBytes(5000, seed: 2);
        var key = Key("grid1/movie.mrc");
        await PutAsync(Store, key, content);

        Assert.Equal(content[1024..3072], await ReadAllAsync(Store, key, new BlobRange(1024, 2048)));
        Assert.Equal(content[4990..], await ReadAllAsync(Store, key, new BlobRange(4990, 100)));
        // Azure refuses a range starting at or past the end; Azurite only past it, so the test starts past it.
        var error = await Assert.ThrowsAsync<BlobRequestRejectedException>(() => ReadAllAsync(Store, key, new BlobRange(5001, 10)));
        Assert.Equal(416, error.StatusCode);
    }

    [Fact]
    public async Task Missing_blob_has_no_properties_and_reading_it_fails_with_not_found()
    {
        var key = Key("grid1/never_written.tif");

        Assert.Null(await Store.GetPropertiesAsync(key, Token));
        var error = await Assert.ThrowsAsync<BlobNotFoundException>(() => ReadAllAsync(Store, key));
        Assert.Equal(key.Value, error.Key);
    }

    [Fact]
    public async Task Listing_pages_through_every_blob_under_the_prefix_in_key_order()
    {
        var names = Enumerable.Range(0, 7).Select(i => $"grid{i % 2}/movie_{i:D4}.tif").ToList();
        foreach (var name in names)
        {
            await PutAsync(Store, Key(name), RandomBytes(10 + name.Length, seed: 3));
        }

        await PutAsync(Store, BlobKey.Parse(Facility + "/other_session/grid0/movie.tif"), [1, 2, 3]);

        var listed = new List<BlobItem>();
        var pages = 0;
        string? token = null;
        do
        {
            var page = await Store.ListAsync(Session, pageSize: 3, token, Token);
            Assert.True(page.Items.Count <= 3, $"page of {page.Items.Count} items");
            listed.AddRange(page.Items);
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(names.Select(n => Session + n).Order(StringComparer.Ordinal), listed.Select(i => i.Key.Value));
        Assert.All(listed, item => Assert.Equal(10 + item.Key.Value.Length - Session.Length, item.LengthBytes));
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task Delete_removes_the_blob_and_reports_when_there_was_nothing()
    {
        var key = Key("grid1/movie.tif");
        await PutAsync(Store, key, [1, 2, 3]);

        Assert.True(await Store.DeleteAsync(key, Token));
        Assert.Null(await Store.GetPropertiesAsync(key, Token));
        Assert.False(await Store.DeleteAsync(key, Token));
    }

    [Fact]
    public async Task Deleting_a_session_prefix_deletes_its_files_and_nothing_else()
    {
        for (var i = 0; i < 4; i++)
        {
            await PutAsync(Store, Key($"grid{i}/movie.tif"), [(byte)i]);
        }

        var neighbour = BlobKey.Parse(Facility + "/20261121_Apoferritin_2/grid0/movie.tif");
        await PutAsync(Store, neighbour, [9]);

        Assert.Equal(4, await Store.DeleteByPrefixAsync(Session, Token));

        Assert.Empty((await Store.ListAsync(Session, 100, null, Token)).Items);
        Assert.NotNull(await Store.GetPropertiesAsync(neighbour, Token));
    }

    [Fact]
    public async Task Block_whose_md5_does_not_match_its_content_is_rejected()
    {
        var key = Key("grid1/movie.tif");
        var content = RandomBytes(100, seed: 4);
        var wrongMd5 = MD5.HashData(RandomBytes(100, seed: 5));

        await Assert.ThrowsAsync<BlobChecksumMismatchException>(
            () => Store.StageBlockAsync(key, BlockIds.For(0, wrongMd5), content, wrongMd5, Token));

        Assert.Empty(await Store.GetUncommittedBlocksAsync(key, Token));
    }

    [Fact]
    public async Task Committing_onto_an_existing_blob_is_a_conflict()
    {
        var key = Key("grid1/movie.tif");
        await PutAsync(Store, key, [1, 2, 3]);
        var md5 = MD5.HashData(new byte[] { 4 });
        var id = BlockIds.For(0, md5);
        await Store.StageBlockAsync(key, id, new byte[] { 4 }, md5, Token);

        await Assert.ThrowsAsync<BlobConflictException>(() => Store.CommitBlocksAsync(key, [id], new Dictionary<string, string>(), Token));

        Assert.Equal([1, 2, 3], await ReadAllAsync(Store, key));
    }
}
