using System.Buffers.Binary;
using Platform.Imaging.Images;
using Platform.Imaging.Tiff;

namespace Platform.Processing.Tests.Tiff;

public sealed class TiffCorruptFileTests
{
    private static byte[] Valid(TiffCompression compression)
    {
        var movie = new ImageStack(32, 16, Enumerable.Range(0, 3).Select(z => Enumerable.Range(0, 512).Select(i => (float)((i * 7) + z) % 200).ToArray()), 1);
        using var ms = new MemoryStream();
        TiffWriter.Write(ms, movie, new TiffWriteOptions { Compression = compression, BitsPerSample = 8 });
        return ms.ToArray();
    }

    private static string Fails(byte[] bytes) =>
        Assert.Throws<CorruptImageFileException>(() => TiffReader.Read(new MemoryStream(bytes))).Reason;

    [Theory]
    [InlineData(TiffCompression.None)]
    [InlineData(TiffCompression.Lzw)]
    [InlineData(TiffCompression.Deflate)]
    public void Truncated_files_fail_with_a_typed_error(TiffCompression compression)
    {
        var bytes = Valid(compression);
        foreach (var keep in new[] { 0, 4, 8, bytes.Length / 3, bytes.Length / 2, bytes.Length - 5 })
        {
            Assert.False(string.IsNullOrEmpty(Fails(bytes[..keep])));
        }
    }

    [Fact]
    public void Wrong_magic_and_bigtiff_are_reported()
    {
        var bytes = Valid(TiffCompression.None);
        bytes[2] = 43;
        Assert.Contains("BigTIFF", Fails(bytes), StringComparison.Ordinal);
        bytes[0] = (byte)'X';
        Assert.Contains("II nor MM", Fails(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_chain_that_loops_is_rejected_instead_of_hanging()
    {
        var file = TiffBytes.SinglePage(4, 1, 1, [1, 2, 3, 4]);
        var ifdAt = (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(4));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(ifdAt));
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(ifdAt + 2 + (12 * count)), (uint)ifdAt);
        Assert.Contains("loops", Fails(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_compressed_strips_fail_with_a_typed_error()
    {
        var rng = new Random(3);
        for (var trial = 0; trial < 50; trial++)
        {
            var strip = new byte[rng.Next(1, 64)];
            rng.NextBytes(strip);
            Fails(TiffBytes.SinglePage(16, 16, 5, strip));
            Fails(TiffBytes.SinglePage(16, 16, 8, strip));
        }
    }

    [Fact]
    public void Lying_dimensions_and_unsupported_layouts_are_rejected()
    {
        Assert.Contains("implausible", Fails(TiffBytes.SinglePage(1 << 20, 1 << 20, 1, [0, 0])), StringComparison.Ordinal);
        Assert.Contains("compression", Fails(TiffBytes.SinglePage(2, 1, 7, [0, 0])), StringComparison.Ordinal);
        Assert.Contains("bits", Fails(TiffBytes.SinglePage(2, 1, 1, [0, 0], bits: 12)), StringComparison.Ordinal);
        Assert.Contains("needed", Fails(TiffBytes.SinglePage(64, 64, 1, [0, 0])), StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_never_crash_the_reader()
    {
        var rng = new Random(11);
        var valid = Valid(TiffCompression.Lzw);
        for (var trial = 0; trial < 300; trial++)
        {
            var bytes = (byte[])valid.Clone();
            for (var k = 0; k < 8; k++)
            {
                bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
            }

            try
            {
                var stack = TiffReader.Read(new MemoryStream(bytes));
                Assert.True(stack.Count >= 1);
            }
            catch (CorruptImageFileException)
            {
            }
        }
    }
}
