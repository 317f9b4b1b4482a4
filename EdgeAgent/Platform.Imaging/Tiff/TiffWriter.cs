using System.Buffers.Binary;
using System.IO.Compression;
using Platform.Imaging.Images;

namespace Platform.Imaging.Tiff;

/// <summary>Writes an image stack as a multi-page TIFF 6.0 file (one page per section), e.g. to make test movies.</summary>
public static class TiffWriter
{
    public static void Write(string path, ImageStack stack, TiffWriteOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        Write(stream, stack, options);
    }

    public static void Write(Stream stream, ImageStack stack, TiffWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(stack);
        options ??= new TiffWriteOptions();
        if (options.BitsPerSample is not (8 or 16 or 32))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BitsPerSample, "BitsPerSample must be 8, 16 or 32.");
        }

        if (options.HorizontalPredictor && options.BitsPerSample == 32)
        {
            throw new ArgumentException("The horizontal predictor is only written for 8 and 16-bit samples.", nameof(options));
        }

        var big = options.BigEndian;
        var position = 8L;
        stream.Write(big ? "MM\0*"u8 : "II*\0"u8);
        var firstIfdAt = stream.Position;
        stream.Write(new byte[4]);
        var previousLink = firstIfdAt;
        var rowsPerStrip = options.RowsPerStrip > 0 ? Math.Min(options.RowsPerStrip, stack.Height) : stack.Height;
        var rowBytes = stack.Width * (options.BitsPerSample / 8);
        for (var z = 0; z < stack.Count; z++)
        {
            var raw = Encode(stack.SectionPixels(z), stack.Width, options);
            var offsets = new List<long>();
            var counts = new List<long>();
            for (var row = 0; row < stack.Height; row += rowsPerStrip)
            {
                var strip = raw.AsSpan(row * rowBytes, Math.Min(rowsPerStrip, stack.Height - row) * rowBytes);
                var data = Compress(strip, options.Compression);
                offsets.Add(position);
                counts.Add(data.Length);
                stream.Write(data);
                position += data.Length;
            }

            if (position % 2 == 1)
            {
                stream.WriteByte(0);
                position++;
            }

            // Link the previous directory (or the header) to this one, then write it.
            var ifdAt = position;
            var here = stream.Position;
            stream.Position = previousLink;
            stream.Write(U32(ifdAt, big));
            stream.Position = here;
            var ifd = TiffDirectoryWriter.Build(ifdAt, stack.Width, stack.Height, options, rowsPerStrip, offsets, counts);
            stream.Write(ifd.Bytes);
            previousLink = ifdAt + ifd.NextLinkOffset;
            position += ifd.Bytes.Length;
        }

        stream.Flush();
    }

    private static byte[] Encode(float[] pixels, int width, TiffWriteOptions options)
    {
        var big = options.BigEndian;
        var bytes = new byte[pixels.Length * (options.BitsPerSample / 8)];
        for (var i = 0; i < pixels.Length; i++)
        {
            switch (options.BitsPerSample)
            {
                case 8:
                    bytes[i] = (byte)Math.Clamp(MathF.Round(pixels[i]), 0, 255);
                    break;
                case 16:
                    var v = (ushort)Math.Clamp(MathF.Round(pixels[i]), 0, ushort.MaxValue);
                    if (big)
                    {
                        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i * 2), v);
                    }
                    else
                    {
                        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), v);
                    }

                    break;
                default:
                    if (big)
                    {
                        BinaryPrimitives.WriteSingleBigEndian(bytes.AsSpan(i * 4), pixels[i]);
                    }
                    else
                    {
                        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), pixels[i]);
                    }

                    break;
            }
        }

        if (options.HorizontalPredictor)
        {
            ApplyHorizontalPredictor(bytes, width, options);
        }

        return bytes;
    }

    private static void ApplyHorizontalPredictor(byte[] bytes, int width, TiffWriteOptions options)
    {
        var bps = options.BitsPerSample / 8;
        var rows = bytes.Length / (width * bps);
        for (var y = 0; y < rows; y++)
        {
            var row = bytes.AsSpan(y * width * bps, width * bps);
            for (var x = width - 1; x > 0; x--)
            {
                if (bps == 1)
                {
                    row[x] = (byte)(row[x] - row[x - 1]);
                }
                else if (options.BigEndian)
                {
                    BinaryPrimitives.WriteUInt16BigEndian(row[(x * 2)..], (ushort)(BinaryPrimitives.ReadUInt16BigEndian(row[(x * 2)..]) - BinaryPrimitives.ReadUInt16BigEndian(row[((x - 1) * 2)..])));
                }
                else
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(row[(x * 2)..], (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(row[(x * 2)..]) - BinaryPrimitives.ReadUInt16LittleEndian(row[((x - 1) * 2)..])));
                }
            }
        }
    }

    private static byte[] Compress(ReadOnlySpan<byte> data, TiffCompression compression)
    {
        switch (compression)
        {
            case TiffCompression.None:
                return data.ToArray();
            case TiffCompression.Lzw:
                return LzwCodec.Encode(data);
            default:
                using (var output = new MemoryStream())
                {
                    using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
                    {
                        zlib.Write(data);
                    }

                    return output.ToArray();
                }
        }
    }

    private static byte[] U32(long value, bool big)
    {
        var b = new byte[4];
        if (big)
        {
            BinaryPrimitives.WriteUInt32BigEndian(b, (uint)value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(b, (uint)value);
        }

        return b;
    }
}
