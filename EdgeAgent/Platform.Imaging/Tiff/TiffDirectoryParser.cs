using System.Buffers.Binary;
using Platform.Imaging.Images;

namespace Platform.Imaging.Tiff;

/// <summary>Walks the chain of image file directories of a classic TIFF 6.0 file and validates every page against the file's length.</summary>
internal static class TiffDirectoryParser
{
    private const int MaxPages = 100_000;

    public static (bool BigEndian, List<TiffPage> Pages) Parse(ReadOnlySpan<byte> file)
    {
        if (file.Length < 8)
        {
            throw new CorruptImageFileException($"TIFF file is {file.Length} bytes; the header alone is 8.");
        }

        var big = (file[0], file[1]) switch
        {
            ((byte)'I', (byte)'I') => false,
            ((byte)'M', (byte)'M') => true,
            _ => throw new CorruptImageFileException("Not a TIFF file: byte-order mark is neither II nor MM."),
        };
        var magic = U16(file, 2, big);
        if (magic == 43)
        {
            throw new CorruptImageFileException("BigTIFF files are not supported.");
        }

        if (magic != 42)
        {
            throw new CorruptImageFileException($"Not a TIFF file: magic number {magic}, expected 42.");
        }

        var pages = new List<TiffPage>();
        var visited = new HashSet<long>();
        long offset = U32(file, 4, big);
        while (offset != 0)
        {
            if (!visited.Add(offset) || pages.Count >= MaxPages)
            {
                throw new CorruptImageFileException($"TIFF directory chain loops or exceeds {MaxPages} pages (offset {offset}).");
            }

            if (offset + 2 > file.Length)
            {
                throw new CorruptImageFileException($"TIFF directory offset {offset} lies beyond the end of the {file.Length}-byte file (truncated?).");
            }

            var count = U16(file, (int)offset, big);
            if (offset + 2 + (12L * count) + 4 > file.Length)
            {
                throw new CorruptImageFileException($"TIFF directory at {offset} with {count} entries runs past the end of the file (truncated?).");
            }

            var tags = new Dictionary<int, long[]>();
            for (var i = 0; i < count; i++)
            {
                var entry = (int)offset + 2 + (12 * i);
                tags[U16(file, entry, big)] = ReadValues(file, entry, big);
            }

            pages.Add(BuildPage(tags, file.Length, pages.Count));
            offset = U32(file, (int)offset + 2 + (12 * count), big);
        }

        if (pages.Count == 0)
        {
            throw new CorruptImageFileException("TIFF file has no pages.");
        }

        return (big, pages);
    }

    private static TiffPage BuildPage(Dictionary<int, long[]> tags, long fileLength, int index)
    {
        long One(int tag, long fallback) => tags.TryGetValue(tag, out var v) && v.Length > 0 ? v[0] : fallback;
        long Required(int tag, string name) => tags.TryGetValue(tag, out var v) && v.Length > 0
            ? v[0]
            : throw new CorruptImageFileException($"TIFF page {index} lacks the required {name} tag ({tag}).");

        var width = Required(256, "ImageWidth");
        var height = Required(257, "ImageLength");
        var bits = (int)One(258, 1);
        var samples = One(277, 1);
        var compression = (int)One(259, 1);
        if (tags.ContainsKey(322))
        {
            throw new CorruptImageFileException($"TIFF page {index} is tiled; only strip-organised files are supported.");
        }

        if (width <= 0 || height <= 0 || width > 1 << 17 || height > 1 << 17 || width * height > Array.MaxLength)
        {
            throw new CorruptImageFileException($"TIFF page {index} has implausible size {width}x{height}.");
        }

        if (samples != 1 || bits is not (8 or 16 or 32))
        {
            throw new CorruptImageFileException($"TIFF page {index}: {samples} samples of {bits} bits; only single-channel 8, 16 or 32-bit images are supported.");
        }

        if (compression is not (1 or 5 or 8 or 32946))
        {
            throw new CorruptImageFileException($"TIFF page {index} uses compression {compression}; supported are none (1), LZW (5) and Deflate (8).");
        }

        var offsets = tags.GetValueOrDefault(273) ?? throw new CorruptImageFileException($"TIFF page {index} lacks StripOffsets.");
        var counts = tags.GetValueOrDefault(279) ?? throw new CorruptImageFileException($"TIFF page {index} lacks StripByteCounts.");
        var rowsPerStrip = Math.Min(One(278, height), height);
        if (rowsPerStrip <= 0 || offsets.Length != counts.Length || offsets.Length != (height + rowsPerStrip - 1) / rowsPerStrip)
        {
            throw new CorruptImageFileException($"TIFF page {index}: {offsets.Length} strip offsets and {counts.Length} byte counts do not fit {height} rows at {rowsPerStrip} rows per strip.");
        }

        for (var s = 0; s < offsets.Length; s++)
        {
            if (offsets[s] < 0 || counts[s] < 0 || offsets[s] + counts[s] > fileLength)
            {
                throw new CorruptImageFileException($"TIFF page {index} strip {s} ({counts[s]} bytes at {offsets[s]}) runs past the end of the {fileLength}-byte file (truncated?).");
            }
        }

        return new TiffPage((int)width, (int)height, bits, (int)One(339, 1), compression == 32946 ? 8 : compression, (int)One(317, 1), (int)rowsPerStrip, offsets, counts);
    }

    private static long[] ReadValues(ReadOnlySpan<byte> file, int entry, bool big)
    {
        var type = U16(file, entry + 2, big);
        var count = U32(file, entry + 4, big);
        var size = type switch { 1 or 2 or 6 or 7 => 1, 3 or 8 => 2, 4 or 9 or 11 => 4, 5 or 10 or 12 => 8, _ => 0 };
        if (size == 0 || count > 1_000_000)
        {
            return [];
        }

        var total = size * count;
        long at = total <= 4 ? entry + 8 : U32(file, entry + 8, big);
        if (at + total > file.Length)
        {
            throw new CorruptImageFileException($"TIFF tag {U16(file, entry, big)} points past the end of the file.");
        }

        var values = new long[count];
        for (var i = 0; i < count; i++)
        {
            var p = (int)(at + (i * size));
            values[i] = size switch
            {
                1 => file[p],
                2 => U16(file, p, big),
                _ => U32(file, p, big),
            };
        }

        return values;
    }

    private static int U16(ReadOnlySpan<byte> b, int at, bool big) =>
        big ? BinaryPrimitives.ReadUInt16BigEndian(b[at..]) : BinaryPrimitives.ReadUInt16LittleEndian(b[at..]);

    private static long U32(ReadOnlySpan<byte> b, int at, bool big) =>
        big ? BinaryPrimitives.ReadUInt32BigEndian(b[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(b[at..]);
}
