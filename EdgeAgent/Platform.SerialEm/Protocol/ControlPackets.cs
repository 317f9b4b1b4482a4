using System.Buffers.Binary;
using Platform.SerialEm.Errors;

namespace Platform.SerialEm.Protocol;

/// <summary>The fixed small packets: OKtoRun request/reply, the chunk handshake and the 8-byte error reply (reference §1.3, §1.6, §1.7).</summary>
public static class ControlPackets
{
    public const int OkToRunReplyBytes = 12;

    /// <summary>[8][3]: ask whether SerialEM will accept external control.</summary>
    public static byte[] OkToRunRequest() => CodeOnly((int)FunctionCode.OkToRunExternalScript);

    /// <summary>[12][0][BOOL]</summary>
    public static byte[] OkToRunReply(bool ok) =>
        new PacketWriter(OkToRunReplyBytes).Int32(OkToRunReplyBytes).Int32(0).Int32(ok ? 1 : 0).ToArray();

    /// <summary>Parses the OKtoRun reply; a negative return code or a wrong size is a typed protocol error.</summary>
    public static bool ParseOkToRunReply(ReadOnlySpan<byte> packet)
    {
        ThrowIfErrorReply(packet, "OKtoRunExternalScript");
        if (packet.Length != OkToRunReplyBytes)
        {
            throw new SerialEmProtocolException($"OKtoRun reply must be {OkToRunReplyBytes} bytes, got {packet.Length}.");
        }

        return BinaryPrimitives.ReadInt32LittleEndian(packet.Slice(8, 4)) != 0;
    }

    /// <summary>[8][2]: the client's go-ahead before each image chunk after the first.</summary>
    public static byte[] ChunkHandshake() => CodeOnly((int)FunctionCode.ChunkHandshake);

    /// <summary>[8][code]: the whole reply for a negative return code (and the [8][0] PutImage acknowledgement).</summary>
    public static byte[] StatusReply(ProtocolReturnCode code) => CodeOnly((int)code);

    /// <summary>True for exactly the bytes 08 00 00 00 02 00 00 00.</summary>
    public static bool IsChunkHandshake(ReadOnlySpan<byte> packet) =>
        packet.Length == 8 && BinaryPrimitives.ReadInt32LittleEndian(packet) == 8 && PacketFraming.CodeOf(packet) == (int)FunctionCode.ChunkHandshake;

    /// <summary>Throws the typed exception for a negative return code in a reply; −9 and −10 have their own types.</summary>
    public static void ThrowIfErrorReply(ReadOnlySpan<byte> packet, string command)
    {
        var code = PacketFraming.CodeOf(packet);
        if (code >= 0)
        {
            return;
        }

        throw (ProtocolReturnCode)code switch
        {
            ProtocolReturnCode.Busy => new SerialEmBusyException($"SerialEM was disconnected and is now busy; {command} was not run (return code −9)."),
            ProtocolReturnCode.UserStop => new SerialEmStoppedException(command, duringCommand: false),
            _ => new SerialEmProtocolException($"SerialEM answered {command} with protocol error {code} ({Describe(code)}).", (ProtocolReturnCode)code),
        };
    }

    private static string Describe(int code) => (ProtocolReturnCode)code switch
    {
        ProtocolReturnCode.UnknownFunction => "function code unknown: SerialEM probably needs to be upgraded",
        ProtocolReturnCode.OutOfMemory => "out of memory",
        ProtocolReturnCode.PacketTooShort => "packet shorter than the call's fixed part",
        ProtocolReturnCode.PacketTooLarge => "packet too large",
        ProtocolReturnCode.LengthMismatch => "byte count does not match the array length",
        _ => "unknown code",
    };

    private static byte[] CodeOnly(int code) => new PacketWriter(8).Int32(8).Int32(code).ToArray();
}
