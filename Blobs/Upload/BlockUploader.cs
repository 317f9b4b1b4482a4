using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using Platform.Blobs.Errors;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;

namespace Platform.Blobs.Upload;

/// <summary>
/// Uploads a file as a block blob: reads it once in order (hashing SHA-256 as it goes), sends blocks
/// in parallel with their MD5, skips blocks an interrupted run already staged, commits, then checks
/// the committed length and checksum. The source is opened read-only and never changed.
/// </summary>
public sealed partial class BlockUploader
{
    private readonly IBlobStore _store;
    private readonly BlockUploadOptions _options;

    public BlockUploader(IBlobStore store, BlockUploadOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _store = store;
        _options = options;
    }

    /// <summary>Uploads the file at <paramref name="sourcePath"/> to <paramref name="key"/>; <paramref name="observer"/>, when given, hears of each staged block.</summary>
    public async Task<BlobUploadResult> UploadFileAsync(string sourcePath, BlobKey key, CancellationToken cancellationToken, IBlockUploadObserver? observer = null)
    {
        // FileShare.Read: a file another program is still writing cannot be opened, so it is never sent half-written.
        var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (source.ConfigureAwait(false))
        {
            return await UploadAsync(source, key, cancellationToken, observer).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Uploads <paramref name="source"/> (read to its end) to <paramref name="key"/>. Same name and same content
    /// succeeds with <see cref="BlobUploadResult.AlreadyPresent"/>; same name and different content throws
    /// <see cref="BlobAlreadyExistsException"/>.
    /// </summary>
    public async Task<BlobUploadResult> UploadAsync(Stream source, BlobKey key, CancellationToken cancellationToken, IBlockUploadObserver? observer = null)
    {
        var existing = await _store.GetPropertiesAsync(key, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            var (length, sha256) = await HashAsync(source, cancellationToken).ConfigureAwait(false);
            EnsureSameContent(key, existing, length, sha256);
            return new BlobUploadResult(key, length, sha256, AlreadyPresent: true, BlocksUploaded: 0, BlocksReused: 0);
        }

        var staged = await _store.GetUncommittedBlocksAsync(key, cancellationToken).ConfigureAwait(false);
        var sent = await SendBlocksAsync(source, key, staged, observer, cancellationToken).ConfigureAwait(false);
        var metadata = new Dictionary<string, string> { [BlobProperties.Sha256MetadataName] = sent.Sha256 };
        try
        {
            await _store.CommitBlocksAsync(key, sent.BlockIds, metadata, cancellationToken).ConfigureAwait(false);
        }
        catch (BlobConflictException)
        {
            // The name was committed between our check and our commit: by a retried commit of ours whose
            // answer was lost, or by someone else. Same content is success; anything else is a clash.
            // No blob at all means the name is taken otherwise (a folder, on the filesystem backend).
            var winner = await _store.GetPropertiesAsync(key, cancellationToken).ConfigureAwait(false);
            if (winner is null)
            {
                throw;
            }

            EnsureSameContent(key, winner, sent.LengthBytes, sent.Sha256);
        }

        await VerifyAsync(key, sent.LengthBytes, sent.Sha256, cancellationToken).ConfigureAwait(false);
        return new BlobUploadResult(key, sent.LengthBytes, sent.Sha256, AlreadyPresent: false, sent.Uploaded, sent.Reused);
    }

    private static void EnsureSameContent(BlobKey key, BlobProperties existing, long sourceLength, string sourceSha256)
    {
        if (existing.Sha256 != sourceSha256 || existing.LengthBytes != sourceLength)
        {
            throw new BlobAlreadyExistsException(key.Value, existing.Sha256, sourceSha256);
        }
    }

    // Always: the committed length and recorded checksum. Optionally: the content itself, read back
    // and hashed (doubles the traffic; each block was already MD5-checked by the store on arrival).
    private async Task VerifyAsync(BlobKey key, long lengthBytes, string sha256, CancellationToken cancellationToken)
    {
        var committed = await _store.GetPropertiesAsync(key, cancellationToken).ConfigureAwait(false) ?? throw new BlobNotFoundException(key.Value);
        if (committed.LengthBytes != lengthBytes)
        {
            throw new BlobChecksumMismatchException(key.Value, "committed length", lengthBytes.ToString(CultureInfo.InvariantCulture), committed.LengthBytes.ToString(CultureInfo.InvariantCulture));
        }

        if (committed.Sha256 != sha256)
        {
            throw new BlobChecksumMismatchException(key.Value, "recorded SHA-256", sha256, committed.Sha256 ?? "none");
        }

        if (_options.VerifyByReadingBack)
        {
            var stored = await _store.OpenReadAsync(key, null, cancellationToken).ConfigureAwait(false);
            await using (stored.ConfigureAwait(false))
            {
                var (_, storedSha256) = await HashAsync(stored, cancellationToken).ConfigureAwait(false);
                if (storedSha256 != sha256)
                {
                    throw new BlobChecksumMismatchException(key.Value, "read-back SHA-256", sha256, storedSha256);
                }
            }
        }
    }

    private async Task<(long Length, string Sha256)> HashAsync(Stream source, CancellationToken cancellationToken)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(_options.BlockSizeBytes);
        try
        {
            long length = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, _options.BlockSizeBytes), cancellationToken).ConfigureAwait(false)) > 0)
            {
                sha256.AppendData(buffer, 0, read);
                length += read;
            }

            return (length, Convert.ToHexStringLower(sha256.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
