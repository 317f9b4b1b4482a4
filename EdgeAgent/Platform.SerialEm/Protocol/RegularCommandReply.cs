using Platform.SerialEm.Errors;

namespace Platform.SerialEm.Protocol;

/// <summary>A RegularCommand reply: errorOccurred and up to six reported values, numbers or strings (reference §1.5).</summary>
public sealed record RegularCommandReply(int ErrorOccurred, IReadOnlyList<WireValue> Values)
{
    /// <summary>N, return code, highestReportInd, errorOccurred and L′.</summary>
    public const int FixedBytes = 20;

    /// <summary>The module refuses more than six values.</summary>
    public const int MaximumValues = 6;

    public ScriptErrorCode ErrorCode => (ScriptErrorCode)ErrorOccurred;

    /// <summary>The reply for a failed command: errorOccurred = 1, one string value with SerialEM's message.</summary>
    public static RegularCommandReply Failure(string message) => new((int)ScriptErrorCode.CommandFailed, [WireValue.FromString(message)]);

    public static RegularCommandReply Success(params WireValue[] values) => new(0, values);

    /// <summary>Encodes: K flags, K doubles, the flagged strings, one NUL, zero padding; L′ = floor((12·K + Σ(len+1) + 5) / 4).</summary>
    public byte[] Encode()
    {
        if (Values.Count > MaximumValues)
        {
            throw new ArgumentException($"A reply carries at most {MaximumValues} values; got {Values.Count}.", nameof(Values));
        }

        var k = Values.Count;
        var stringBytes = Values.Where(v => v.IsString).Sum(v => PacketWriter.CStringBytes(v.Text!));
        var words = ((12 * k) + stringBytes + 5) / 4;
        var total = FixedBytes + (4 * words);
        var writer = new PacketWriter(total).Int32(total).Int32(0).Int32(k - 1).Int32(ErrorOccurred).Int32(words);
        foreach (var value in Values)
        {
            writer.Int32(value.IsString ? 1 : 0);
        }

        foreach (var value in Values)
        {
            writer.Double(value.Number);
        }

        foreach (var value in Values.Where(v => v.IsString))
        {
            writer.CString(value.Text!);
        }

        writer.Byte(0);
        return writer.ToArray();
    }

    /// <summary>Decodes a reply packet with return code 0; every inconsistency is a <see cref="SerialEmProtocolException"/>.</summary>
    public static RegularCommandReply Decode(ReadOnlySpan<byte> packet)
    {
        var reader = new PacketReader(packet, 0, ProtocolReturnCode.PacketTooShort);
        var total = reader.Int32("byte count");
        var returnCode = reader.Int32("return code");
        if (returnCode != 0)
        {
            throw new SerialEmProtocolException($"Reply return code {returnCode} is not 0.", (ProtocolReturnCode)returnCode);
        }

        var highest = reader.Int32("highestReportInd");
        var error = reader.Int32("errorOccurred");
        var words = reader.Int32("array length");
        if (total != packet.Length || words < 0 || total != FixedBytes + (4L * words))
        {
            throw new SerialEmProtocolException($"Reply N={total} (received {packet.Length} bytes) does not equal {FixedBytes} + 4 × array length {words}.", ProtocolReturnCode.LengthMismatch);
        }

        if (highest < -1 || highest >= MaximumValues)
        {
            throw new SerialEmProtocolException($"Reply reports {highest + 1} values; the protocol allows 0..{MaximumValues}.", ProtocolReturnCode.LengthMismatch);
        }

        var k = highest + 1;
        var flags = new int[k];
        for (var i = 0; i < k; i++)
        {
            flags[i] = reader.Int32($"string flag {i}");
        }

        var numbers = new double[k];
        for (var i = 0; i < k; i++)
        {
            numbers[i] = reader.Double($"value {i}");
        }

        var values = new WireValue[k];
        for (var i = 0; i < k; i++)
        {
            values[i] = flags[i] == 1 ? WireValue.FromString(reader.CString(total, $"string value {i}")) : WireValue.FromNumber(numbers[i]);
        }

        return new RegularCommandReply(error, values);
    }
}
