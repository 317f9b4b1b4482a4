using System.Buffers.Binary;
using Platform.Imaging.Images;
using Platform.Imaging.Mrc;

namespace Platform.Processing.Tests.Mrc;

public sealed class MrcCorruptFileTests
{
    private static byte[] ValidFile()
    {
        var stack = new ImageStack(8, 8, [new float[64], new float[64]], 1.0);
        using var ms = new MemoryStream();
        MrcWriter.Write(ms, stack);
        return ms.ToArray();
    }

    private static CorruptImageFileException ReadFails(byte[] bytes)
    {
        using var ms = new MemoryStream(bytes);
        return Assert.Throws<CorruptImageFileException>(() => MrcFile.Read(ms));
    }

    [Fact]
    public void Truncated_pixel_data_fails_with_a_typed_error()
    {
        var bytes = ValidFile();
        var ex = ReadFails(bytes[..^10]);
        Assert.Contains("truncated", ex.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Truncated_header_fails_with_a_typed_error()
    {
        Assert.Contains("1024", ReadFails(ValidFile()[..500]).Reason, StringComparison.Ordinal);
        ReadFails([]);
    }

    [Fact]
    public void Lying_dimensions_fail_without_a_huge_allocation()
    {
        var bytes = ValidFile();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(0), 1 << 30);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 1 << 30);
        ReadFails(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(0), 20_000);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 20_000);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 20_000);
        Assert.Contains("truncated", ReadFails(bytes).Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Lying_dimensions_on_a_non_seekable_stream_fail_cleanly()
    {
        var bytes = ValidFile();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), int.MaxValue);
        using var s = new Data.ForwardOnlyStream(bytes);
        Assert.Throws<CorruptImageFileException>(() => MrcFile.Read(s));
    }

    [Theory]
    [InlineData(0, -5)]
    [InlineData(12, 3)]
    [InlineData(12, 101)]
    [InlineData(92, -1)]
    [InlineData(92, int.MaxValue)]
    public void Bad_header_words_fail_with_a_typed_error(int byteOffset, int value)
    {
        var bytes = ValidFile();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(byteOffset), value);
        Assert.False(string.IsNullOrWhiteSpace(ReadFails(bytes).Reason));
    }

    [Fact]
    public void Random_bytes_fail_with_a_typed_error_not_a_crash()
    {
        var rng = new Random(1234);
        for (var trial = 0; trial < 200; trial++)
        {
            var bytes = new byte[rng.Next(0, 3000)];
            rng.NextBytes(bytes);
            using var ms = new MemoryStream(bytes);
            try
            {
                MrcFile.Read(ms);
            }
            catch (CorruptImageFileException)
            {
            }
        }

        Assert.Throws<CorruptImageFileException>(() => MrcFile.Read(new MemoryStream(new byte[10])));
    }
}
