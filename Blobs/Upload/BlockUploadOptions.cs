namespace Platform.Blobs.Upload;

/// <summary>How <see cref="BlockUploader"/> cuts and sends a file.</summary>
public sealed record BlockUploadOptions
{
    /// <summary>Bytes per block (Azure allows up to 4000 MiB; 4 MiB keeps retries cheap).</summary>
    public int BlockSizeBytes { get; init; } = 4 << 20;

    /// <summary>Blocks in flight at once; memory use is about (2 × this + 1) × <see cref="BlockSizeBytes"/>.</summary>
    public int Parallelism { get; init; } = 4;

    /// <summary>After commit, read the blob back and compare its SHA-256 with the source's (doubles the traffic).</summary>
    public bool VerifyByReadingBack { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BlockSizeBytes, 1, nameof(BlockSizeBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(Parallelism, 1, nameof(Parallelism));
    }
}
