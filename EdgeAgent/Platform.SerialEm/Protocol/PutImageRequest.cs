using Platform.SerialEm.Errors;

namespace Platform.SerialEm.Protocol;

/// <summary>PutImageInBuffer (code 5) request header; the raw bytes follow the server's [8][0] acknowledgement with no handshakes (reference §1.7).</summary>
public sealed record PutImageRequest(
    PixelMode Mode, int Width, int Height, int ByteCount, int ToBuffer, int BaseBuffer, int ExtraBinning, int CaptureFlag, int ChunkCount)
{
    public const int PacketBytes = 44;

    /// <summary>BUFFER_PROCESSED, the module's default capture flag.</summary>
    public const int BufferProcessed = -1;

    public byte[] Encode() =>
        new PacketWriter(PacketBytes).Int32(PacketBytes).Int32((int)FunctionCode.PutImageInBuffer).Int32((int)Mode).Int32(Width).Int32(Height)
            .Int32(ByteCount).Int32(ToBuffer).Int32(BaseBuffer).Int32(ExtraBinning).Int32(CaptureFlag).Int32(ChunkCount).ToArray();

    public static PutImageRequest Decode(ReadOnlySpan<byte> packet, long maximumImageBytes)
    {
        if (packet.Length != PacketBytes)
        {
            throw new SerialEmProtocolException($"PutImageInBuffer request must be {PacketBytes} bytes, got {packet.Length}.",
                packet.Length < PacketBytes ? ProtocolReturnCode.PacketTooShort : ProtocolReturnCode.LengthMismatch);
        }

        var r = new PacketReader(packet, 8, ProtocolReturnCode.PacketTooShort);
        var request = new PutImageRequest((PixelMode)r.Int32("type"), r.Int32("sizeX"), r.Int32("sizeY"), r.Int32("byteCount"),
            r.Int32("toBuf"), r.Int32("baseBuf"), r.Int32("extraBinning"), r.Int32("capFlag"), r.Int32("numChunks"));
        new BufferImageHeader(request.Mode, request.Width * BufferImageHeader.BytesPerPixel(request.Mode), request.Width, request.Height,
            request.ByteCount, request.ChunkCount).Validate(maximumImageBytes);
        if (request.ToBuffer < 0 || request.ToBuffer >= BufferSlot.MainBufferCount)
        {
            throw new SerialEmProtocolException($"Destination buffer {request.ToBuffer} is outside 0..{BufferSlot.MainBufferCount - 1}.", ProtocolReturnCode.LengthMismatch);
        }

        return request;
    }
}
