using Platform.SerialEm.Errors;

namespace Platform.SerialEm.Protocol;

/// <summary>A RegularCommand (code 1) request: a script command index and its arguments, encoded as the Python module does (reference §1.5).</summary>
public sealed record RegularCommandRequest(int CommandIndex, IReadOnlyList<WireValue> Arguments)
{
    /// <summary>The fixed part: N, function code and the three int arguments (index, n, L).</summary>
    public const int FixedBytes = 20;

    /// <summary>SerialEM has 20 item slots; item 0 is unused, so at most 19 arguments.</summary>
    public const int MaximumArguments = 19;

    /// <summary>
    /// Encodes the request. With arguments: M = n + 1 items (item 0 empty), M int32 zeros, M doubles, M strings, one NUL,
    /// zero padding, L = floor((12·M + Σ(len+1) + 5) / 4). Without arguments: L = 1, one zero word, as the module sends.
    /// </summary>
    public byte[] Encode()
    {
        if (Arguments.Count > MaximumArguments)
        {
            throw new ArgumentException($"At most {MaximumArguments} arguments fit SerialEM's item slots; got {Arguments.Count}.", nameof(Arguments));
        }

        if (Arguments.Count == 0)
        {
            return Header(FixedBytes + 4, 0, 1).ToArray();
        }

        var items = Arguments.Count + 1;
        var texts = Arguments.Select(a => a.ArgumentText()).ToArray();
        var stringBytes = 1 + texts.Sum(PacketWriter.CStringBytes);
        var words = ((12 * items) + stringBytes + 5) / 4;
        var writer = Header(FixedBytes + (4 * words), Arguments.Count, words);
        for (var i = 0; i < items; i++)
        {
            writer.Int32(0);
        }

        writer.Double(0);
        foreach (var argument in Arguments)
        {
            writer.Double(argument.Number);
        }

        writer.Byte(0);
        foreach (var text in texts)
        {
            writer.CString(text);
        }

        writer.Byte(0);
        return writer.ToArray();
    }

    /// <summary>
    /// Decodes a whole request packet the way SerialEM's server does; tolerates the 1-word array of a no-argument call.
    /// Each argument keeps both wire fields (double and string), as SerialEM does: the wire does not say which the caller meant.
    /// </summary>
    public static RegularCommandRequest Decode(ReadOnlySpan<byte> packet)
    {
        var reader = new PacketReader(packet, 0, ProtocolReturnCode.PacketTooShort);
        var total = reader.Int32("byte count");
        if (total != packet.Length || total < FixedBytes)
        {
            throw new SerialEmProtocolException($"RegularCommand needs at least {FixedBytes} bytes and N equal to the packet size; N={total}, size={packet.Length}.", ProtocolReturnCode.PacketTooShort);
        }

        var code = reader.Int32("function code");
        if (code != (int)FunctionCode.RegularCommand)
        {
            throw new SerialEmProtocolException($"Expected function code 1, got {code}.", ProtocolReturnCode.UnknownFunction);
        }

        var index = reader.Int32("command index");
        var count = reader.Int32("argument count");
        var words = reader.Int32("array length");
        if (words < 0 || total != FixedBytes + (4L * words))
        {
            throw new SerialEmProtocolException($"N={total} does not equal {FixedBytes} + 4 × array length {words}.", ProtocolReturnCode.LengthMismatch);
        }

        if (count < 0 || count > MaximumArguments)
        {
            throw new SerialEmProtocolException($"Argument count {count} is outside 0..{MaximumArguments}.", ProtocolReturnCode.LengthMismatch);
        }

        if (count == 0)
        {
            return new RegularCommandRequest(index, []);
        }

        var items = count + 1;
        var arrayReader = new PacketReader(packet, FixedBytes + (4 * items), ProtocolReturnCode.LengthMismatch);
        var numbers = new double[items];
        for (var i = 0; i < items; i++)
        {
            numbers[i] = arrayReader.Double($"itemDbl[{i}]");
        }

        var arguments = new WireValue[count];
        arrayReader.CString(packet.Length, "strItems[0]");
        for (var i = 1; i < items; i++)
        {
            var text = arrayReader.CString(packet.Length, $"strItems[{i}]");
            arguments[i - 1] = WireValue.FromWire(numbers[i], text);
        }

        return new RegularCommandRequest(index, arguments);
    }

    private PacketWriter Header(int total, int count, int words) =>
        new PacketWriter(total).Int32(total).Int32((int)FunctionCode.RegularCommand).Int32(CommandIndex).Int32(count).Int32(words);
}
