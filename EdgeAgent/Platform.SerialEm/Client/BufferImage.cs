using System.Buffers.Binary;
using Platform.SerialEm.Protocol;

namespace Platform.SerialEm.Client;

/// <summary>An image read from a SerialEM buffer: raw rows as sent (stride <see cref="RowBytes"/>) plus a float conversion.</summary>
public sealed record BufferImage(BufferSlot Buffer, PixelMode Mode, int Width, int Height, int RowBytes, byte[] Bytes)
{
    /// <summary>Pixel values row by row, x fastest, in SerialEM's memory row order (not flipped); RGB becomes luminance.</summary>
    public float[] ToFloatPixels()
    {
        var result = new float[Width * Height];
        var bpp = BufferImageHeader.BytesPerPixel(Mode);
        for (var y = 0; y < Height; y++)
        {
            var row = Bytes.AsSpan(y * RowBytes, Width * bpp);
            for (var x = 0; x < Width; x++)
            {
                var p = row.Slice(x * bpp, bpp);
                result[(y * Width) + x] = Mode switch
                {
                    PixelMode.Byte => p[0],
                    PixelMode.Int16 => BinaryPrimitives.ReadInt16LittleEndian(p),
                    PixelMode.UInt16 => BinaryPrimitives.ReadUInt16LittleEndian(p),
                    PixelMode.Float32 => BinaryPrimitives.ReadSingleLittleEndian(p),
                    _ => (0.299f * p[0]) + (0.587f * p[1]) + (0.114f * p[2]),
                };
            }
        }

        return result;
    }
}
