using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Threading.Channels;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;

namespace Platform.Blobs.Upload;

/// <summary>The read-hash-send pipeline.</summary>
public sealed partial class BlockUploader
{
    private sealed record PendingBlock(int Index, string BlockId, byte[] Buffer, int LengthBytes, byte[] Md5);

    private sealed record SentBlocks(List<string> BlockIds, long LengthBytes, string Sha256, int Uploaded, int Reused);

    // One reader fills pooled buffers in file order; Parallelism senders drain a channel of the same
    // capacity, so at most 2 × Parallelism + 1 buffers exist whatever the file's size.
    private async Task<SentBlocks> SendBlocksAsync(Stream source, BlobKey key, IReadOnlyList<StagedBlock> staged, IBlockUploadObserver? observer, CancellationToken cancellationToken)
    {
        var alreadyStaged = staged.ToDictionary(block => block.BlockId, block => block.SizeBytes);
        var channel = Channel.CreateBounded<PendingBlock>(new BoundedChannelOptions(_options.Parallelism) { SingleWriter = true });
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var uploaded = 0;
        var senders = Enumerable.Range(0, _options.Parallelism)
            .Select(_ => Task.Run(async () =>
            {
                try
                {
                    await foreach (var block in channel.Reader.ReadAllAsync(failed.Token).ConfigureAwait(false))
                    {
                        try
                        {
                            await _store.StageBlockAsync(key, block.BlockId, block.Buffer.AsMemory(0, block.LengthBytes), block.Md5, failed.Token).ConfigureAwait(false);
                            Interlocked.Increment(ref uploaded);
                            observer?.BlockStaged(new UploadedBlock(block.Index, block.BlockId, block.Md5, block.LengthBytes, Reused: false));
                        }
                        finally
                        {
                            ArrayPool<byte>.Shared.Return(block.Buffer);
                        }
                    }
                }
                catch
                {
                    failed.Cancel();
                    throw;
                }
            }, CancellationToken.None))
            .ToList();

        var blockIds = new List<string>();
        long length = 0;
        var reused = 0;
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            while (true)
            {
                var buffer = ArrayPool<byte>.Shared.Rent(_options.BlockSizeBytes);
                var read = await source.ReadAtLeastAsync(buffer.AsMemory(0, _options.BlockSizeBytes), _options.BlockSizeBytes, throwOnEndOfStream: false, failed.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    break;
                }

                sha256.AppendData(buffer, 0, read);
                length += read;
                var md5 = MD5.HashData(buffer.AsSpan(0, read));
                var index = blockIds.Count;
                var blockId = BlockIds.For(index, md5);
                blockIds.Add(blockId);
                if (alreadyStaged.TryGetValue(blockId, out var stagedSize) && stagedSize == read)
                {
                    reused++;
                    observer?.BlockStaged(new UploadedBlock(index, blockId, md5, read, Reused: true));
                    ArrayPool<byte>.Shared.Return(buffer);
                    continue;
                }

                try
                {
                    await channel.Writer.WriteAsync(new PendingBlock(index, blockId, buffer, read, md5), failed.Token).ConfigureAwait(false);
                }
                catch
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    throw;
                }
            }
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // A sender failed; its exception is the one to report (awaited below).
        }
        finally
        {
            channel.Writer.TryComplete();
        }

        try
        {
            await Task.WhenAll(senders).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Senders stopped by a sibling's failure throw cancellations; report the failure itself.
            var cause = senders.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions).FirstOrDefault(e => e is not OperationCanceledException);
            if (cause is not null)
            {
                ExceptionDispatchInfo.Throw(cause);
            }

            throw;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new SentBlocks(blockIds, length, Convert.ToHexStringLower(sha256.GetHashAndReset()), uploaded, reused);
    }
}
