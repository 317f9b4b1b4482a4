using System.Security.Cryptography;
using Platform.Blobs.Errors;
using Platform.Blobs.Tests.Fixtures;
using Platform.Blobs.Upload;

namespace Platform.Blobs.Tests.Contract;

/// <summary>Whole-file uploads: parallel blocks, resume, same name twice.</summary>
public abstract partial class BlobStoreContract
{
    [Fact]
    public async Task Large_file_uploads_in_parallel_blocks_and_reads_back_with_the_same_sha256()
    {
        var path = Path.Combine(Path.GetTempPath(), "blob-large-" + Guid.NewGuid().ToString("N"));
        try
        {
            const int lengthBytes = 64 << 20;
            await File.WriteAllBytesAsync(path, RandomBytes(lengthBytes, seed: 6), Token);
            var expectedSha = Convert.ToHexStringLower(await SHA256.HashDataAsync(File.OpenRead(path), Token));
            var key = Key("grid1/movie_large.tif");

            var uploader = new BlockUploader(Store, new BlockUploadOptions { BlockSizeBytes = 4 << 20, Parallelism = 4 });
            var result = await uploader.UploadFileAsync(path, key, Token);

            Assert.Equal(16, result.BlocksUploaded);
            Assert.Equal(expectedSha, result.Sha256);
            await using var stored = await Store.OpenReadAsync(key, null, Token);
            Assert.Equal(expectedSha, Convert.ToHexStringLower(await SHA256.HashDataAsync(stored, Token)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Upload_never_changes_the_source_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "blob-source-" + Guid.NewGuid().ToString("N"));
        try
        {
            var content = RandomBytes(3000, seed: 7);
            await File.WriteAllBytesAsync(path, content, Token);
            var writtenAt = File.GetLastWriteTimeUtc(path);

            await new BlockUploader(Store, new BlockUploadOptions { BlockSizeBytes = 1024 }).UploadFileAsync(path, Key("grid1/movie.tif"), Token);

            Assert.Equal(content, await File.ReadAllBytesAsync(path, Token));
            Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Same_name_and_same_content_twice_succeeds_without_sending_anything()
    {
        var key = Key("grid1/movie.tif");
        var content = RandomBytes(2500, seed: 8);
        await PutAsync(Store, key, content);

        var again = await PutAsync(Store, key, content);

        Assert.True(again.AlreadyPresent);
        Assert.Equal(0, again.BlocksUploaded);
        Assert.Equal(content, await ReadAllAsync(Store, key));
    }

    [Fact]
    public async Task Same_name_with_different_content_fails_with_both_checksums_and_keeps_the_original()
    {
        var key = Key("grid1/movie.tif");
        var original = RandomBytes(2500, seed: 9);
        var other = RandomBytes(2500, seed: 10);
        await PutAsync(Store, key, original);

        var error = await Assert.ThrowsAsync<BlobAlreadyExistsException>(() => PutAsync(Store, key, other));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(original)), error.ExistingSha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(other)), error.SourceSha256);
        Assert.Equal(original, await ReadAllAsync(Store, key));
    }

    [Fact]
    public async Task Upload_killed_half_way_resumes_from_the_staged_blocks_and_sends_only_the_rest()
    {
        var key = Key("grid1/movie.tif");
        var content = RandomBytes(20 * 1000, seed: 11);
        var killed = new InterceptingBlobStore(Store) { AfterStaged = staged => staged >= 10 ? throw new IOException("agent killed") : Task.CompletedTask };

        await Assert.ThrowsAsync<IOException>(() => PutAsync(killed, key, content));
        var stagedBeforeRestart = (await Store.GetUncommittedBlocksAsync(key, Token)).Count;
        Assert.InRange(stagedBeforeRestart, 10, 19);
        Assert.Null(await Store.GetPropertiesAsync(key, Token));

        var counting = new InterceptingBlobStore(Store);
        var resumed = await PutAsync(counting, key, content);

        // Requests in flight when the agent died may still land after the snapshot above, so the
        // resumed run may find a few more blocks; it must send exactly the ones it did not find.
        Assert.InRange(resumed.BlocksReused, stagedBeforeRestart, 19);
        Assert.Equal(20 - resumed.BlocksReused, resumed.BlocksUploaded);
        Assert.Equal(resumed.BlocksUploaded, counting.StagedBlocks);
        Assert.Equal(content, await ReadAllAsync(Store, key));
    }

    [Fact]
    public async Task Blocks_staged_from_a_different_source_are_not_reused()
    {
        var key = Key("grid1/movie.tif");
        var stale = RandomBytes(5000, seed: 12);
        var killed = new InterceptingBlobStore(Store) { AfterStaged = staged => staged >= 3 ? throw new IOException("agent killed") : Task.CompletedTask };
        await Assert.ThrowsAsync<IOException>(() => PutAsync(killed, key, stale));

        var current = RandomBytes(5000, seed: 13);
        var result = await PutAsync(Store, key, current);

        Assert.Equal(0, result.BlocksReused);
        Assert.Equal(current, await ReadAllAsync(Store, key));
    }

    [Fact]
    public async Task Read_back_verification_detects_a_blob_that_differs_from_the_source()
    {
        var key = Key("grid1/movie.tif");
        var content = RandomBytes(3000, seed: 14);
        var corrupting = new InterceptingBlobStore(Store) { OnRead = _ => new MemoryStream(RandomBytes(3000, seed: 15)) };
        var uploader = new BlockUploader(corrupting, new BlockUploadOptions { BlockSizeBytes = 1000, VerifyByReadingBack = true });

        var error = await Assert.ThrowsAsync<BlobChecksumMismatchException>(() => uploader.UploadAsync(new MemoryStream(content), key, Token));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), error.Expected);
    }

    [Fact]
    public async Task Read_back_verification_passes_for_a_faithful_store()
    {
        var content = RandomBytes(3000, seed: 16);
        var uploader = new BlockUploader(Store, new BlockUploadOptions { BlockSizeBytes = 1000, VerifyByReadingBack = true });

        var result = await uploader.UploadAsync(new MemoryStream(content), Key("grid1/movie.tif"), Token);

        Assert.Equal(3, result.BlocksUploaded);
    }
}
