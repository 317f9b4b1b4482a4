using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.Processing.Tests.Data;

namespace Platform.Processing.Tests.Mrc;

public sealed class MrcRoundTripTests
{
    private static ImageStack MakeStack(int width, int height, int count, Func<int, int, int, float> value, double pixel)
    {
        var sections = new List<float[]>();
        for (var z = 0; z < count; z++)
        {
            var s = new float[width * height];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    s[(y * width) + x] = value(x, y, z);
                }
            }

            sections.Add(s);
        }

        return new ImageStack(width, height, sections, pixel);
    }

    [Theory]
    [InlineData(MrcMode.Float32, false)]
    [InlineData(MrcMode.Float32, true)]
    [InlineData(MrcMode.Int8, false)]
    [InlineData(MrcMode.Int16, true)]
    [InlineData(MrcMode.Int16, false)]
    [InlineData(MrcMode.UInt16, false)]
    [InlineData(MrcMode.UInt16, true)]
    [InlineData(MrcMode.Float16, false)]
    [InlineData(MrcMode.Float16, true)]
    public void Every_mode_and_byte_order_round_trips_values_and_pixel_size(MrcMode mode, bool bigEndian)
    {
        // Integer-valued pixels within every mode's range are exact in all modes (float16 is exact to 2048).
        var stack = MakeStack(7, 5, 3, (x, y, z) => ((x * 3) + (y * 5) + (z * 11)) % 100, 1.234);
        using var ms = new MemoryStream();
        MrcWriter.Write(ms, stack, new MrcWriteOptions { Mode = mode, BigEndian = bigEndian, Labels = ["round trip"] });
        ms.Position = 0;
        var back = MrcFile.Read(ms);
        Assert.Equal(mode, back.Header.Mode);
        Assert.Equal(bigEndian, back.Header.IsBigEndian);
        Assert.Equal(1.234, back.PixelSizeAngstrom, 5);
        Assert.Equal((7, 5, 3), (back.Stack.Width, back.Stack.Height, back.Stack.Count));
        Assert.Equal("round trip", Assert.Single(back.Header.Labels));
        for (var z = 0; z < 3; z++)
        {
            Assert.Equal(stack.SectionPixels(z), back.Stack.SectionPixels(z));
        }
    }

    [Fact]
    public void Float32_file_on_disk_is_1024_header_bytes_plus_pixels_and_reads_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mrc-{Guid.NewGuid():N}.mrc");
        try
        {
            var image = new Image2D(16, 8, 0.83);
            for (var i = 0; i < image.Pixels.Length; i++)
            {
                image.Pixels[i] = MathF.Sin(i * 0.37f) * 1e3f;
            }

            MrcWriter.Write(path, image);
            Assert.Equal(1024 + (16 * 8 * 4), new FileInfo(path).Length);
            var back = MrcFile.Read(path);
            Assert.Equal(image.Pixels, back.Stack.SectionPixels(0));
            Assert.Equal(0.83, back.PixelSizeAngstrom, 5);
            Assert.Equal(0, back.Header.SpaceGroup);
            Assert.Equal(20140, back.Header.Version);
            Assert.Equal(image.Pixels.Min(), back.Header.MinimumDensity);
            Assert.Equal(image.Pixels.Max(), back.Header.MaximumDensity);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Extended_header_is_skipped_by_its_size_and_its_type_is_reported()
    {
        var stack = MakeStack(4, 4, 2, (x, y, z) => x + y + z, 2.0);
        var ext = new byte[128 * 2];
        Array.Fill(ext, (byte)0xAB);
        using var ms = new MemoryStream();
        MrcWriter.Write(ms, stack, new MrcWriteOptions { ExtendedHeader = ext, ExtendedHeaderType = "FEI1" });
        ms.Position = 0;
        var back = MrcFile.Read(ms);
        Assert.Equal("FEI1", back.Header.ExtendedHeaderType);
        Assert.Equal(256, back.Header.ExtendedHeaderBytes);
        Assert.Equal(ext, back.ExtendedHeader.ToArray());
        Assert.Equal(stack.SectionPixels(1), back.Stack.SectionPixels(1));
    }

    [Fact]
    public void Non_seekable_streams_are_read()
    {
        var stack = MakeStack(6, 6, 2, (x, y, z) => x - y + z, 1.5);
        using var ms = new MemoryStream();
        MrcWriter.Write(ms, stack);
        using var forwardOnly = new ForwardOnlyStream(ms.ToArray());
        var back = MrcFile.Read(forwardOnly);
        Assert.Equal(stack.SectionPixels(1), back.Stack.SectionPixels(1));
    }
}
