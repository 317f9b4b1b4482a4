using Platform.SerialEm.Errors;

namespace Platform.SerialEm.Protocol;

/// <summary>GetBufferImage (code 4) request: [16][4][bufIndex][isFFT] (reference §1.7).</summary>
public sealed record GetBufferImageRequest(BufferSlot Buffer)
{
    public const int PacketBytes = 16;

    public byte[] Encode() =>
        new PacketWriter(PacketBytes).Int32(PacketBytes).Int32((int)FunctionCode.GetBufferImage).Int32(Buffer.Index).Int32(Buffer.IsFft ? 1 : 0).ToArray();

    public static GetBufferImageRequest Decode(ReadOnlySpan<byte> packet)
    {
        if (packet.Length != PacketBytes)
        {
            throw new SerialEmProtocolException($"GetBufferImage request must be {PacketBytes} bytes, got {packet.Length}.",
                packet.Length < PacketBytes ? ProtocolReturnCode.PacketTooShort : ProtocolReturnCode.LengthMismatch);
        }

        var reader = new PacketReader(packet, 8, ProtocolReturnCode.PacketTooShort);
        var index = reader.Int32("buffer index");
        var isFft = reader.Int32("isFFT") != 0;
        var limit = isFft ? BufferSlot.FftBufferCount : BufferSlot.MainBufferCount;
        if (index < 0 || index >= limit)
        {
            throw new SerialEmProtocolException($"Buffer index {index} is outside 0..{limit - 1}.", ProtocolReturnCode.LengthMismatch);
        }

        return new GetBufferImageRequest(new BufferSlot(index, isFft));
    }
}
