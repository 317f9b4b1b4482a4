using System.Security.Cryptography;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;
using Platform.Transfer.Grants;
using Platform.Transfer.Queue;
using Platform.Transfer.Track;
using Platform.Transfer.Uploading;
using Platform.Transfer.Watching;

namespace Platform.Transfer.Tests.Fixtures;

/// <summary>A transfer track on a frames folder and queue of a test's own, with a recording reporter and quick scans.</summary>
public sealed class TrackHarness : IAsyncDisposable
{
    private readonly TempFolder _work = new();

    public TrackHarness(IUploadGrantSource grants, UploadSettings? upload = null, string? queuePath = null)
    {
        Frames = new TempFolder();
        QueuePath = queuePath ?? _work.File("queue.db");
        Queue = TransferQueue.Open(QueuePath, TimeProvider.System);
        Options = new TransferTrackOptions(
            new WatchOptions(Frames.Path) { StableFor = TimeSpan.FromMilliseconds(150), ScanInterval = TimeSpan.FromMilliseconds(50) },
            upload ?? new UploadSettings { BlockSizeBytes = 64 * 1024, Parallelism = 3, InitialRetryDelay = TimeSpan.FromMilliseconds(100) });
        Track = new TransferTrack(Options, Queue, grants, Reporter, TimeProvider.System);
    }

    public TempFolder Frames { get; }

    public string QueuePath { get; }

    public TransferQueue Queue { get; }

    public TransferTrackOptions Options { get; }

    public RecordingReporter Reporter { get; } = new();

    public TransferTrack Track { get; }

    /// <summary>SHA-256 (hex) of a file or stream's content.</summary>
    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The committed content of <paramref name="key"/> in <paramref name="store"/>.</summary>
    public static async Task<byte[]> ReadAsync(IBlobStore store, string key)
    {
        await using var stream = await store.OpenReadAsync(BlobKey.Parse(key), null, TestContext.Current.CancellationToken);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
        return copy.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await Track.DisposeAsync();
        Queue.Dispose();
        Frames.Dispose();
        _work.Dispose();
    }
}
