using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using Platform.Imaging.Images;

namespace Platform.Imaging.Tiff;

/// <summary>Reads multi-page TIFF movies and images (8/16-bit integer or 32-bit float, uncompressed, LZW or Deflate, horizontal predictor) as float32 stacks.</summary>
public static class TiffReader
{
    /// <summary>Reads every page; the pixel size is not taken from TIFF resolution tags (detectors do not set them reliably), so it is 0 unless given.</summary>
    public static ImageStack Read(string path, double pixelSizeAngstrom = 0, int maxThreads = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var length = new FileInfo(path).Length;
        if (length > Array.MaxLength)
        {
            throw new CorruptImageFileException($"TIFF file {path} is {length} bytes; files over 2 GB are not supported.");
        }

        return Decode(File.ReadAllBytes(path), pixelSizeAngstrom, maxThreads);
    }

    public static ImageStack Read(Stream stream, double pixelSizeAngstrom = 0, int maxThreads = 1)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.ToArray(), pixelSizeAngstrom, maxThreads);
    }

    private static ImageStack Decode(byte[] file, double pixelSizeAngstrom, int maxThreads)
    {
        var (big, pages) = TiffDirectoryParser.Parse(file);
        var first = pages[0];
        if (pages.Any(p => p.Width != first.Width || p.Height != first.Height))
        {
            throw new CorruptImageFileException("TIFF pages differ in size; a movie needs equally sized frames.");
        }

        var frames = new float[pages.Count][];
        try
        {
            Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxThreads) }, i => frames[i] = DecodePage(file, pages[i], big));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.FirstOrDefault(e => e is CorruptImageFileException) is { } corrupt)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(corrupt).Throw();
        }

        return new ImageStack(first.Width, first.Height, frames, pixelSizeAngstrom);
    }

    /// <summary>Decodes strip by strip through one strip-sized scratch buffer straight into the frame's floats (no page-sized byte copy).</summary>
    private static float[] DecodePage(byte[] file, TiffPage page, bool big)
    {
        if (page.Predictor is not (1 or 2))
        {
            throw new CorruptImageFileException($"TIFF predictor {page.Predictor} is not supported (1 or 2).");
        }

        var rowBytes = page.Width * page.BytesPerSample;
        var pixels = new float[page.Width * page.Height];
        var scratch = ArrayPool<byte>.Shared.Rent(rowBytes * page.RowsPerStrip);
        try
        {
            for (var s = 0; s < page.StripOffsets.Length; s++)
            {
                var firstRow = s * page.RowsPerStrip;
                var rows = Math.Min(page.RowsPerStrip, page.Height - firstRow);
                var target = scratch.AsSpan(0, rows * rowBytes);
                var source = file.AsSpan((int)page.StripOffsets[s], (int)page.StripByteCounts[s]);
                switch (page.Compression)
                {
                    case 1:
                        if (source.Length < target.Length)
                        {
                            throw new CorruptImageFileException($"Uncompressed TIFF strip {s} holds {source.Length} bytes; {target.Length} are needed.");
                        }

                        source[..target.Length].CopyTo(target);
                        break;
                    case 5:
                        LzwCodec.Decode(source, target);
                        break;
                    default:
                        Inflate(file, (int)page.StripOffsets[s], (int)page.StripByteCounts[s], target, s);
                        break;
                }

                if (page.Predictor == 2)
                {
                    UndoHorizontalPredictor(target, rows, page, big);
                }

                ToFloat(target, pixels.AsSpan(firstRow * page.Width, rows * page.Width), page, big);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }

        return pixels;
    }

    private static void Inflate(byte[] file, int offset, int count, Span<byte> target, int strip)
    {
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(file, offset, count, writable: false), CompressionMode.Decompress);
            var read = zlib.ReadAtLeast(target, target.Length, throwOnEndOfStream: false);
            if (read < target.Length)
            {
                throw new CorruptImageFileException($"Deflate TIFF strip {strip} inflated to {read} bytes; {target.Length} are needed (truncated?).");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new CorruptImageFileException($"Deflate TIFF strip {strip} is corrupt: {ex.Message}", ex);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot SIMD kernel: compiled optimised at once, not after tier-0 runs of the first movie
    private static void UndoHorizontalPredictor(Span<byte> raw, int rows, TiffPage page, bool big)
    {
        var rowBytes = page.Width * page.BytesPerSample;
        for (var y = 0; y < rows; y++)
        {
            var row = raw.Slice(y * rowBytes, rowBytes);
            switch (page.BitsPerSample)
            {
                case 8:
                    for (var x = 1; x < page.Width; x++)
                    {
                        row[x] = (byte)(row[x] + row[x - 1]);
                    }

                    break;
                case 16:
                    var previous = Read16(row, 0, big);
                    for (var x = 1; x < page.Width; x++)
                    {
                        previous = (ushort)(previous + Read16(row, x * 2, big));
                        Write16(row, x * 2, previous, big);
                    }

                    break;
                default:
                    throw new CorruptImageFileException("Horizontal predictor on 32-bit samples is not supported.");
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot SIMD kernel: compiled optimised at once, not after tier-0 runs of the first movie
    private static void ToFloat(ReadOnlySpan<byte> raw, Span<float> pixels, TiffPage page, bool big)
    {
        var signed = page.SampleFormat == 2;
        switch (page.BitsPerSample)
        {
            case 8 when !signed:
                EightBitSamples.Widen(raw[..pixels.Length], pixels);
                break;
            case 8:
                for (var i = 0; i < pixels.Length; i++)
                {
                    pixels[i] = (sbyte)raw[i];
                }

                break;
            case 16:
                for (var i = 0; i < pixels.Length; i++)
                {
                    var v = Read16(raw, i * 2, big);
                    pixels[i] = signed ? (short)v : v;
                }

                break;
            default:
                for (var i = 0; i < pixels.Length; i++)
                {
                    var bits = big ? BinaryPrimitives.ReadUInt32BigEndian(raw[(i * 4)..]) : BinaryPrimitives.ReadUInt32LittleEndian(raw[(i * 4)..]);
                    pixels[i] = page.SampleFormat switch
                    {
                        3 => BitConverter.UInt32BitsToSingle(bits),
                        2 => (int)bits,
                        _ => bits,
                    };
                }

                break;
        }
    }

    private static ushort Read16(ReadOnlySpan<byte> b, int at, bool big) =>
        big ? BinaryPrimitives.ReadUInt16BigEndian(b[at..]) : BinaryPrimitives.ReadUInt16LittleEndian(b[at..]);

    private static void Write16(Span<byte> b, int at, ushort v, bool big)
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
}
