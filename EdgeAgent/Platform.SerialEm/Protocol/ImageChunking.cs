namespace Platform.SerialEm.Protocol;

/// <summary>How image bytes are split into chunks (reference §1.7: numChunks = ceil(bytes / limit), chunk = ceil(bytes / numChunks)).</summary>
public static class ImageChunking
{
    /// <summary>SerialEM's chunk limit when it sends a buffer image.</summary>
    public const long ServerChunkLimitBytes = 33_620_000;

    /// <summary>The Python module's "superchunk" when it sends an image with PutImageInBuffer.</summary>
    public const long ClientChunkLimitBytes = 336_200_000;

    public static int ChunkCount(long totalBytes, long limitBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limitBytes);
        return totalBytes == 0 ? 1 : checked((int)((totalBytes + limitBytes - 1) / limitBytes));
    }

    /// <summary>The byte length of each chunk; all but the last are ceil(total / count).</summary>
    public static IReadOnlyList<int> ChunkSizes(long totalBytes, int chunkCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkCount);
        var chunk = (totalBytes + chunkCount - 1) / chunkCount;
        var sizes = new List<int>(chunkCount);
        var left = totalBytes;
        for (var i = 0; i < chunkCount && left > 0; i++)
        {
            var size = Math.Min(chunk, left);
            sizes.Add(checked((int)size));
            left -= size;
        }

        return sizes;
    }
}
