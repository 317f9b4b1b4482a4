using System.Buffers;
using Platform.Imaging.Images;

namespace Platform.Imaging.Mrc;

/// <summary>An MRC file read into memory: its header, its extended header bytes and its sections as float32.</summary>
public sealed class MrcFile
{
    private MrcFile(MrcHeader header, byte[] extendedHeader, ImageStack stack)
    {
        Header = header;
        ExtendedHeader = extendedHeader;
        Stack = stack;
    }

    public MrcHeader Header { get; }

    /// <summary>The raw extended header (NSYMBT bytes; its meaning depends on <see cref="MrcHeader.ExtendedHeaderType"/>).</summary>
    public ReadOnlyMemory<byte> ExtendedHeader { get; }

    /// <summary>The sections in file order (columns fastest), with the header's pixel size.</summary>
    public ImageStack Stack { get; }

    public double PixelSizeAngstrom => Header.PixelSizeAngstrom;

    /// <summary>Reads an MRC file; throws <see cref="CorruptImageFileException"/> if it is truncated or malformed.</summary>
    public static MrcFile Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Read(stream);
    }

    /// <summary>Reads MRC data from the current position of <paramref name="stream"/> (non-seekable streams are buffered first).</summary>
    public static MrcFile Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            // Buffering bounds memory by the bytes actually present, so a lying header cannot force a huge allocation.
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            buffer.Position = 0;
            return Read(buffer);
        }

        var header = ReadHeader(stream);
        var available = stream.Length - stream.Position;
        var bpp = MrcPixelCodec.BytesPerPixel(header.Mode);
        var sectionPixels = (long)header.Columns * header.Rows;
        if (sectionPixels > Array.MaxLength)
        {
            throw new CorruptImageFileException($"MRC section {header.Columns}x{header.Rows} is larger than any supported image.");
        }

        var needed = header.ExtendedHeaderBytes + (sectionPixels * bpp * header.Sections);
        if (needed > available)
        {
            throw new CorruptImageFileException(
                $"MRC file truncated: header promises {header.ExtendedHeaderBytes} extended-header bytes and {header.Columns}x{header.Rows}x{header.Sections} mode-{(int)header.Mode} pixels ({needed} bytes) but only {available} bytes follow the header.");
        }

        var extended = new byte[header.ExtendedHeaderBytes];
        ReadExactly(stream, extended);
        var sections = new float[header.Sections][];
        var sectionBytes = checked((int)(sectionPixels * bpp));
        var raw = ArrayPool<byte>.Shared.Rent(sectionBytes);
        try
        {
            for (var z = 0; z < header.Sections; z++)
            {
                ReadExactly(stream, raw.AsSpan(0, sectionBytes));
                var pixels = new float[sectionPixels];
                MrcPixelCodec.Decode(raw.AsSpan(0, sectionBytes), pixels, header.Mode, header.IsBigEndian);
                sections[z] = pixels;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
        }

        return new MrcFile(header, extended, new ImageStack(header.Columns, header.Rows, sections, header.PixelSizeAngstrom));
    }

    /// <summary>Reads only the 1024-byte main header of an MRC file.</summary>
    public static MrcHeader ReadHeader(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return ReadHeader(stream);
    }

    private static MrcHeader ReadHeader(Stream stream)
    {
        Span<byte> bytes = stackalloc byte[MrcHeaderCodec.HeaderBytes];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read < bytes.Length)
        {
            throw new CorruptImageFileException($"MRC file truncated: {read} bytes, but the main header alone is 1024 bytes.");
        }

        return MrcHeaderCodec.Decode(bytes);
    }

    private static void ReadExactly(Stream stream, Span<byte> buffer)
    {
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read < buffer.Length)
        {
            throw new CorruptImageFileException("MRC file ended before all pixel data was read (truncated while reading).");
        }
    }
}
