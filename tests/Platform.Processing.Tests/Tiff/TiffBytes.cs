using System.Buffers.Binary;

namespace Platform.Processing.Tests.Tiff;

/// <summary>Builds minimal little-endian TIFF files byte by byte, independently of the library's writer.</summary>
internal static class TiffBytes
{
    public static byte[] SinglePage(int width, int height, int compression, byte[] strip, int bits = 8)
    {
        // Header (8) + strip + IFD with 8 entries.
        var stripAt = 8;
        var ifdAt = stripAt + strip.Length + (strip.Length % 2);
        (ushort Tag, ushort Type, uint Value)[] entries =
        [
            (256, 4, (uint)width), (257, 4, (uint)height), (258, 3, (uint)bits), (259, 3, (uint)compression),
            (262, 3, 1), (273, 4, (uint)stripAt), (278, 4, (uint)height), (279, 4, (uint)strip.Length),
        ];
        var file = new byte[ifdAt + 2 + (12 * entries.Length) + 4];
        "II*\0"u8.CopyTo(file);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)ifdAt);
        strip.CopyTo(file, stripAt);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(ifdAt), (ushort)entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var at = ifdAt + 2 + (12 * i);
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(at), entries[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(at + 2), entries[i].Type);
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(at + 4), 1);
            if (entries[i].Type == 3)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(at + 8), (ushort)entries[i].Value);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(at + 8), entries[i].Value);
            }
        }

        return file;
    }
}
