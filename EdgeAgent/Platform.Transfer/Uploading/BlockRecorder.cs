using System.Collections.Concurrent;
using Platform.Blobs.Upload;
using Platform.Transfer.Queue;
using Platform.Transfer.Reporting;

namespace Platform.Transfer.Uploading;

/// <summary>Hears each staged block of one upload attempt: records it in the queue, counts bytes, reports progress.</summary>
internal sealed class BlockRecorder(TransferQueue queue, TransferItem item, ITransferReporter reporter, TimeProvider timeProvider) : IBlockUploadObserver
{
    private readonly ConcurrentDictionary<int, UploadedBlock> _blocks = new();
    private readonly long _startedAt = timeProvider.GetTimestamp();
    private long _bytesSent;
    private long _bytesReused;

    public long BytesSent => Interlocked.Read(ref _bytesSent);

    public long BytesReused => Interlocked.Read(ref _bytesReused);

    /// <summary>Every block of the file in order, once the upload has completed.</summary>
    public IReadOnlyList<UploadedBlock> Blocks => [.. _blocks.Values.OrderBy(block => block.Index)];

    public void BlockStaged(UploadedBlock block)
    {
        // Recorded before the upload goes on: a queue that cannot record (disk full) stops the upload.
        queue.RecordBlock(item.Id, block);
        _blocks[block.Index] = block;
        var sent = block.Reused ? BytesSent : Interlocked.Add(ref _bytesSent, block.LengthBytes);
        var reused = block.Reused ? Interlocked.Add(ref _bytesReused, block.LengthBytes) : BytesReused;
        var seconds = timeProvider.GetElapsedTime(_startedAt).TotalSeconds;
        reporter.Progress(new TransferProgress(item.Id, item.BlobName, sent, reused, item.SizeBytes, seconds > 0 ? sent / seconds : 0));
    }
}
