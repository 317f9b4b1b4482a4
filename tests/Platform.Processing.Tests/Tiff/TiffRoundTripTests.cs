using Platform.Imaging.Images;
using Platform.Imaging.Tiff;

namespace Platform.Processing.Tests.Tiff;

public sealed class TiffRoundTripTests
{
    private static ImageStack Movie(int width, int height, int frames, int maxValue, int seed)
    {
        var rng = new Random(seed);
        var sections = Enumerable.Range(0, frames).Select(_ =>
        {
            var s = new float[width * height];
            for (var i = 0; i < s.Length; i++)
            {
                // Counted-detector-like data: mostly small counts, a smooth gradient, occasional large values.
                s[i] = Math.Min(maxValue, ((i % width) * maxValue / (2 * width)) + rng.Next(0, 4) + (rng.Next(100) == 0 ? maxValue / 2 : 0));
            }

            return s;
        });
        return new ImageStack(width, height, sections, 1.0);
    }

    [Theory]
    [InlineData(TiffCompression.None, 8, false, false)]
    [InlineData(TiffCompression.None, 16, false, true)]
    [InlineData(TiffCompression.None, 32, false, false)]
    [InlineData(TiffCompression.Lzw, 8, false, false)]
    [InlineData(TiffCompression.Lzw, 8, true, false)]
    [InlineData(TiffCompression.Lzw, 16, true, true)]
    [InlineData(TiffCompression.Lzw, 16, false, false)]
    [InlineData(TiffCompression.Lzw, 32, false, true)]
    [InlineData(TiffCompression.Deflate, 8, true, false)]
    [InlineData(TiffCompression.Deflate, 16, true, true)]
    [InlineData(TiffCompression.Deflate, 32, false, false)]
    public void Multi_page_movies_round_trip_exactly(TiffCompression compression, int bits, bool predictor, bool bigEndian)
    {
        var movie = Movie(97, 61, 5, bits == 8 ? 255 : 4000, (int)compression + bits);
        using var ms = new MemoryStream();
        TiffWriter.Write(ms, movie, new TiffWriteOptions { Compression = compression, BitsPerSample = bits, HorizontalPredictor = predictor, BigEndian = bigEndian, RowsPerStrip = 16 });
        ms.Position = 0;
        var back = TiffReader.Read(ms, pixelSizeAngstrom: 0.83, maxThreads: 2);
        Assert.Equal((97, 61, 5), (back.Width, back.Height, back.Count));
        Assert.Equal(0.83, back.PixelSizeAngstrom);
        for (var z = 0; z < movie.Count; z++)
        {
            Assert.Equal(movie.SectionPixels(z), back.SectionPixels(z));
        }
    }

    [Fact]
    public void Lzw_compresses_large_redundant_frames_through_several_table_resets()
    {
        var movie = Movie(1024, 256, 1, 255, 9);
        using var ms = new MemoryStream();
        TiffWriter.Write(ms, movie, new TiffWriteOptions { Compression = TiffCompression.Lzw, BitsPerSample = 8 });
        Assert.True(ms.Length < 1024 * 256 * 0.8, $"LZW output {ms.Length} bytes is not smaller than the 262144-byte frame");
        ms.Position = 0;
        Assert.Equal(movie.SectionPixels(0), TiffReader.Read(ms).SectionPixels(0));
    }

    [Fact]
    public void Lzw_decoder_reads_the_tiff_6_specification_example()
    {
        // TIFF 6.0 §13: pixels 7 7 7 8 8 7 7 6 6 encode as codes 256 7 258 8 8 258 6 6 257, all 9 bits wide, MSB first.
        int[] codes = [256, 7, 258, 8, 8, 258, 6, 6, 257];
        var bits = string.Concat(codes.Select(c => Convert.ToString(c, 2).PadLeft(9, '0')));
        bits = bits.PadRight((bits.Length + 7) / 8 * 8, '0');
        var strip = Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();

        var file = TiffBytes.SinglePage(width: 9, height: 1, compression: 5, strip);
        var image = TiffReader.Read(new MemoryStream(file));
        Assert.Equal([7f, 7, 7, 8, 8, 7, 7, 6, 6], image.SectionPixels(0));
    }
}
