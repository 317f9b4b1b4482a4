using Platform.SerialEm.Errors;

namespace Platform.SerialEm.Protocol;

/// <summary>The 32-byte GetBufferImage reply header that precedes the raw pixel bytes (reference §1.7).</summary>
public sealed record BufferImageHeader(PixelMode Mode, int RowBytes, int Width, int Height, int ByteCount, int ChunkCount)
{
    public const int PacketBytes = 32;

    /// <summary>The reply for an empty buffer: byteCount = 0 and no pixels follow (the other fields are meaningless).</summary>
    public static BufferImageHeader Empty { get; } = new(PixelMode.Byte, 0, 0, 0, 0, 0);

    public bool IsEmpty => ByteCount == 0;

    public byte[] Encode() =>
        new PacketWriter(PacketBytes).Int32(PacketBytes).Int32(0).Int32((int)Mode).Int32(RowBytes)
            .Int32(Width).Int32(Height).Int32(ByteCount).Int32(ChunkCount).ToArray();

    /// <summary>Parses the header; sizes that do not add up are a typed protocol error, so a corrupt header never drives a huge read.</summary>
    public static BufferImageHeader Decode(ReadOnlySpan<byte> packet, long maximumImageBytes)
    {
        ControlPackets.ThrowIfErrorReply(packet, "GetBufferImage");
        if (packet.Length != PacketBytes)
        {
            throw new SerialEmProtocolException($"GetBufferImage reply header must be {PacketBytes} bytes, got {packet.Length}.");
        }

        var reader = new PacketReader(packet, 8, ProtocolReturnCode.PacketTooShort);
        var mode = reader.Int32("type");
        var rowBytes = reader.Int32("rowBytes");
        var width = reader.Int32("width");
        var height = reader.Int32("height");
        var byteCount = reader.Int32("byteCount");
        var chunks = reader.Int32("numChunks");
        if (byteCount == 0)
        {
            return Empty;
        }

        var header = new BufferImageHeader((PixelMode)mode, rowBytes, width, height, byteCount, chunks);
        header.Validate(maximumImageBytes);
        return header;
    }

    /// <summary>Checks that mode, geometry, byte count and chunk count agree.</summary>
    public void Validate(long maximumImageBytes)
    {
        if (!Enum.IsDefined(Mode))
        {
            throw new SerialEmProtocolException($"Unknown pixel type {(int)Mode}.");
        }

        if (Width <= 0 || Height <= 0 || RowBytes < Width * BytesPerPixel(Mode))
        {
            throw new SerialEmProtocolException($"Image geometry {Width}x{Height} with rowBytes {RowBytes} is impossible for {Mode}.");
        }

        if ((long)RowBytes * Height != ByteCount || ByteCount < 0 || ByteCount > maximumImageBytes)
        {
            throw new SerialEmProtocolException($"byteCount {ByteCount} is not rowBytes × height ({(long)RowBytes * Height}) or exceeds {maximumImageBytes}.");
        }

        if (ChunkCount < 1 || ChunkCount > ByteCount)
        {
            throw new SerialEmProtocolException($"numChunks {ChunkCount} is impossible for {ByteCount} bytes.");
        }
    }

    public static int BytesPerPixel(PixelMode mode) => mode switch
    {
        PixelMode.Byte => 1,
        PixelMode.Int16 or PixelMode.UInt16 => 2,
        PixelMode.Float32 => 4,
        PixelMode.Rgb => 3,
        _ => throw new SerialEmProtocolException($"Unknown pixel type {(int)mode}."),
    };
}
