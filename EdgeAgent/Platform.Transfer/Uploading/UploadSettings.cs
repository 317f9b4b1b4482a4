using Platform.Blobs.Upload;

namespace Platform.Transfer.Uploading;

/// <summary>How files are cut, sent, verified and retried.</summary>
public sealed record UploadSettings
{
    /// <summary>Bytes per block; memory in use is about (2 × <see cref="Parallelism"/> + 1) blocks whatever the file's size.</summary>
    public int BlockSizeBytes { get; init; } = 8 << 20;

    /// <summary>Blocks in flight at once.</summary>
    public int Parallelism { get; init; } = 4;

    /// <summary>Blocks read back after the commit (ranged reads, the last block and evenly spread others) and compared by MD5; 0 disables.</summary>
    public int ReadBackBlocks { get; init; } = 2;

    /// <summary>Attempts per file before it is left in error (transient storage failures, source read errors).</summary>
    public int MaxAttemptsPerFile { get; init; } = 8;

    /// <summary>Cap of the first retry's delay; it doubles per failed attempt up to <see cref="MaxRetryDelay"/>, with jitter.</summary>
    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A grant expiring within this margin is renewed before a file starts.</summary>
    public TimeSpan RenewGrantBefore { get; init; } = TimeSpan.FromMinutes(2);

    internal BlockUploadOptions BlockOptions => new() { BlockSizeBytes = BlockSizeBytes, Parallelism = Parallelism };

    // "Equal jitter" (Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015), as the blob
    // store's own request retries: half the cap fixed, half random, so agents retrying together spread out.
    internal TimeSpan RetryDelay(int failedAttempts)
    {
        var capMs = Math.Min(MaxRetryDelay.TotalMilliseconds, InitialRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, failedAttempts - 1)));
        return TimeSpan.FromMilliseconds((capMs / 2) + (Random.Shared.NextDouble() * capMs / 2));
    }
}
