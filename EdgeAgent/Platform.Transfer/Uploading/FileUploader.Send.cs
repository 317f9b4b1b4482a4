using System.Security.Cryptography;
using Platform.Blobs.Errors;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;
using Platform.Blobs.Upload;
using Platform.Transfer.Grants;
using Platform.Transfer.Queue;
using Platform.Transfer.Reporting;

namespace Platform.Transfer.Uploading;

/// <summary>The upload itself, grant renewal, and the read-back check.</summary>
public sealed partial class FileUploader
{
    private const int MaxGrantRenewalsPerAttempt = 2;

    private async Task<UploadAttempt> SendAsync(TransferItem item, CancellationToken cancellationToken)
    {
        var startedAt = _timeProvider.GetTimestamp();
        var grant = await _grants.CurrentAsync(cancellationToken).ConfigureAwait(false);
        for (var renewals = 0; ; renewals++)
        {
            try
            {
                EnsureUnchanged(item);
                var key = BlobKey.Parse(grant.Prefix + item.BlobName);
                var recorder = new BlockRecorder(_queue, item, _reporter, _timeProvider);
                var uploaded = await new BlockUploader(grant.Store, _settings.BlockOptions)
                    .UploadFileAsync(item.SourcePath, key, cancellationToken, recorder).ConfigureAwait(false);
                EnsureUnchanged(item);
                var readBack = uploaded.AlreadyPresent ? 0 : await ReadBackAsync(grant, key, recorder.Blocks, cancellationToken).ConfigureAwait(false);
                var result = new FileTransferResult(
                    key.Value, uploaded.Sha256, recorder.BytesSent, recorder.BytesReused, uploaded.AlreadyPresent, _timeProvider.GetElapsedTime(startedAt), readBack);
                return new UploadAttempt(UploadOutcome.Completed, result, null, uploaded.Sha256);
            }
            catch (BlobAccessDeniedException e) when (renewals < MaxGrantRenewalsPerAttempt)
            {
                // Expired (checked locally against the grant) or refused by storage (a SAS that expired on the
                // service's clock, or was revoked): a fresh grant, and the upload resumes from its staged blocks.
                _log.Warning($"Storage refused the grant for '{item.BlobName}' ({e.Message}); asking for a new one.");
                grant = await _grants.RenewAsync(grant, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static void EnsureUnchanged(TransferItem item)
    {
        var info = new FileInfo(item.SourcePath);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"The source file '{item.SourcePath}' is gone.", item.SourcePath);
        }

        var modified = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
        if (info.Length != item.SizeBytes || modified != item.ModifiedAt)
        {
            throw new SourceChangedException(item.SourcePath, $"queued at {item.SizeBytes} bytes modified {item.ModifiedAt:O}, now {info.Length} bytes modified {modified:O}");
        }
    }

    // Why a sampled read-back and not a full one: each block's MD5 was checked by the service on arrival,
    // and the committed list names blocks by index and MD5, so the blob is exactly the verified blocks in
    // order; the commit's length and recorded SHA-256 were compared by BlockUploader. Reading a few blocks
    // back by range proves the committed blob serves those bytes at those offsets, for a fraction of the
    // traffic a full read costs (Azure block blobs have no service-computed whole-blob MD5 to compare).
    private async Task<int> ReadBackAsync(UploadGrant grant, BlobKey key, IReadOnlyList<UploadedBlock> blocks, CancellationToken cancellationToken)
    {
        if (_settings.ReadBackBlocks == 0 || blocks.Count == 0 || !grant.CanRead)
        {
            return 0;
        }

        var offsets = new long[blocks.Count];
        for (var i = 1; i < blocks.Count; i++)
        {
            offsets[i] = offsets[i - 1] + blocks[i - 1].LengthBytes;
        }

        var sample = Enumerable.Range(0, _settings.ReadBackBlocks - 1)
            .Select(j => (int)((long)j * blocks.Count / Math.Max(1, _settings.ReadBackBlocks - 1)))
            .Append(blocks.Count - 1)
            .Distinct()
            .ToList();
        foreach (var index in sample)
        {
            var block = blocks[index];
            var stream = await grant.Store.OpenReadAsync(key, new BlobRange(offsets[index], block.LengthBytes), cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var md5 = await MD5.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
                if (!md5.AsSpan().SequenceEqual(block.Md5))
                {
                    throw new BlobChecksumMismatchException(key.Value, $"read-back MD5 of block {index}", Convert.ToHexStringLower(block.Md5), Convert.ToHexStringLower(md5));
                }
            }
        }

        return sample.Count;
    }
}
