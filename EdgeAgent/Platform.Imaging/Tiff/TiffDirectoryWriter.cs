using System.Buffers.Binary;

namespace Platform.Imaging.Tiff;

/// <summary>Builds one image file directory (tags in ascending order, out-of-line arrays after it) for <see cref="TiffWriter"/>.</summary>
internal static class TiffDirectoryWriter
{
    private const ushort Short = 3;
    private const ushort Long = 4;

    public static (byte[] Bytes, int NextLinkOffset) Build(
        long ifdAt, int width, int height, TiffWriteOptions options, int rowsPerStrip, List<long> offsets, List<long> counts)
    {
        var entries = new List<(ushort Tag, ushort Type, long[] Values)>
        {
            (256, Long, [width]),
            (257, Long, [height]),
            (258, Short, [options.BitsPerSample]),
            (259, Short, [(long)options.Compression]),
            (262, Short, [1]),
            (273, Long, [.. offsets]),
            (277, Short, [1]),
            (278, Long, [rowsPerStrip]),
            (279, Long, [.. counts]),
            (284, Short, [1]),
        };
        if (options.HorizontalPredictor)
        {
            entries.Add((317, Short, [2]));
        }

        entries.Add((339, Short, [options.BitsPerSample == 32 ? 3 : 1]));

        var big = options.BigEndian;
        var directoryBytes = 2 + (12 * entries.Count) + 4;
        var extra = new List<byte>();
        var bytes = new byte[directoryBytes];
        Put16(bytes, 0, (ushort)entries.Count, big);
        for (var i = 0; i < entries.Count; i++)
        {
            var (tag, type, values) = entries[i];
            var at = 2 + (12 * i);
            var size = type == Short ? 2 : 4;
            Put16(bytes, at, tag, big);
            Put16(bytes, at + 2, type, big);
            Put32(bytes, at + 4, (uint)values.Length, big);
            var inline = values.Length * size <= 4;
            var target = inline ? bytes.AsSpan(at + 8, 4) : new byte[values.Length * size];
            for (var v = 0; v < values.Length; v++)
            {
                if (size == 2)
                {
                    Put16(target, v * 2, (ushort)values[v], big);
                }
                else
                {
                    Put32(target, v * 4, (uint)values[v], big);
                }
            }

            if (!inline)
            {
                Put32(bytes, at + 8, (uint)(ifdAt + directoryBytes + extra.Count), big);
                extra.AddRange(target.ToArray());
            }
        }

        return ([.. bytes, .. extra], directoryBytes - 4);
    }

    private static void Put16(Span<byte> b, int at, ushort v, bool big)
    {
        if (big)
        {
            BinaryPrimitives.WriteUInt16BigEndian(b[at..], v);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(b[at..], v);
        }
    }

    private static void Put32(Span<byte> b, int at, uint v, bool big)
    {
        if (big)
        {
            BinaryPrimitives.WriteUInt32BigEndian(b[at..], v);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(b[at..], v);
        }
    }
}
