using System.Buffers.Binary;
using System.IO.Compression;
using Platform.Imaging.Images;
using Platform.Imaging.Png;

namespace Platform.Processing.Tests.Png;

public sealed class PngWriterTests
{
    [Fact]
    public void Png_has_signature_header_and_an_idat_that_inflates_to_the_scanlines()
    {
        var image = new Image2D(5, 3, Enumerable.Range(0, 15).Select(i => (float)i).ToArray(), 1);
        using var ms = new MemoryStream();
        PngWriter.Write(ms, image, 0, 100);
        var png = ms.ToArray();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(5, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(3, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        // IHDR CRC, computed here bit by bit (independent of the writer's table): CRC-32 over type + data.
        Assert.Equal(BitwiseCrc(png.AsSpan(12, 17)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(29)));

        var idatLength = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(33));
        Assert.Equal("IDAT", System.Text.Encoding.ASCII.GetString(png, 37, 4));
        using var zlib = new ZLibStream(new MemoryStream(png, 41, idatLength), CompressionMode.Decompress);
        var scanlines = new byte[18];
        zlib.ReadExactly(scanlines);
        Assert.Equal(0, scanlines[0]);
        Assert.Equal(0, scanlines[1]);
        Assert.Equal(255, scanlines[17]);
        Assert.Equal("IEND", System.Text.Encoding.ASCII.GetString(png, png.Length - 8, 4));
    }

    private static uint BitwiseCrc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
