using System.Globalization;
using System.Text;

namespace Platform.Blobs.Store;

/// <summary>Block ids: how uploads name blocks, and the rules every store enforces on them (Azure's).</summary>
public static class BlockIds
{
    /// <summary>Azure's limit on a block id before base64 encoding.</summary>
    public const int MaxDecodedBytes = 64;

    /// <summary>
    /// The id of block <paramref name="index"/> with content MD5 <paramref name="contentMd5"/>: derived from the
    /// index so a restarted upload finds its blocks again, and from the content so blocks staged from an
    /// older, different source file are never mistaken for the current one. Every id has the same length,
    /// as Azure requires within one blob.
    /// </summary>
    public static string For(int index, ReadOnlySpan<byte> contentMd5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var text = string.Create(CultureInfo.InvariantCulture, $"{index:D7}-{Convert.ToHexStringLower(contentMd5)}");
        return Convert.ToBase64String(Encoding.ASCII.GetBytes(text));
    }

    /// <summary>True when <paramref name="blockId"/> is non-empty base64 of at most 64 bytes.</summary>
    public static bool IsValid(string blockId)
    {
        if (string.IsNullOrEmpty(blockId) || blockId.Length > 4 * ((MaxDecodedBytes + 2) / 3))
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[MaxDecodedBytes + 3];
        return Convert.TryFromBase64String(blockId, decoded, out var written) && written is > 0 and <= MaxDecodedBytes;
    }
}
