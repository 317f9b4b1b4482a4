using System.Buffers.Binary;
using System.IO.Compression;
using Platform.Imaging.Images;

namespace Platform.Imaging.Png;

/// <summary>Writes 8-bit greyscale PNG files (RFC 2083 / PNG spec: IHDR, one zlib IDAT, IEND) from float images, contrast-stretched between percentiles.</summary>
public static class PngWriter
{
    /// <summary>Maps the <paramref name="lowPercentile"/>–<paramref name="highPercentile"/> range of finite values to 0–255 and writes a PNG.</summary>
    public static void Write(string path, Image2D image, double lowPercentile = 0.5, double highPercentile = 99.5)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(stream, image, lowPercentile, highPercentile);
    }

    public static void Write(Stream stream, Image2D image, double lowPercentile = 0.5, double highPercentile = 99.5)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(image);
        var (low, high) = Range(image.Pixels, lowPercentile, highPercentile);
        var scale = high > low ? 255.0 / (high - low) : 0;
        var raw = new byte[(image.Width + 1) * image.Height];
        for (var y = 0; y < image.Height; y++)
        {
            raw[y * (image.Width + 1)] = 0; // filter type None
            for (var x = 0; x < image.Width; x++)
            {
                var v = image[x, y];
                raw[(y * (image.Width + 1)) + 1 + x] = float.IsFinite(v) ? (byte)Math.Clamp((v - low) * scale, 0, 255) : (byte)0;
            }
        }

        stream.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8; // bit depth
        header[9] = 0; // greyscale
        WriteChunk(stream, "IHDR"u8, header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            WriteChunk(stream, "IDAT"u8, compressed.ToArray());
        }

        WriteChunk(stream, "IEND"u8, []);
        stream.Flush();
    }

    private static (double Low, double High) Range(float[] pixels, double lowPercentile, double highPercentile)
    {
        var stride = Math.Max(1, pixels.Length / 100_000);
        var sample = new List<float>();
        for (var i = 0; i < pixels.Length; i += stride)
        {
            if (float.IsFinite(pixels[i]))
            {
                sample.Add(pixels[i]);
            }
        }

        if (sample.Count == 0)
        {
            return (0, 0);
        }

        sample.Sort();
        double At(double p) => sample[(int)Math.Clamp(Math.Round(p / 100 * (sample.Count - 1)), 0, sample.Count - 1)];
        return (At(lowPercentile), At(highPercentile));
    }

    private static void WriteChunk(Stream stream, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        stream.Write(four);
        stream.Write(type);
        stream.Write(data);
        var crc = Crc32.Update(Crc32.Update(0xFFFFFFFFu, type), data) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(four, crc);
        stream.Write(four);
    }
}
