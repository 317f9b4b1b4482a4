using Platform.SerialEm.Commands;
using Platform.SerialEm.Protocol;

namespace Platform.SerialEm.Tests.Protocol;

/// <summary>Every worked byte example of reference §1.9, reproduced exactly.</summary>
public sealed class WorkedExampleTests
{
    [Fact]
    public void Delay_1_request_matches_the_reference_bytes()
    {
        var bytes = new RegularCommandRequest(CommandTable.Delay.Index, [1.0]).Encode();

        Assert.Equal(Hex("""
            34 00 00 00  01 00 00 00  dd 00 00 00  01 00 00 00  08 00 00 00
            00 00 00 00  00 00 00 00
            00 00 00 00 00 00 00 00   00 00 00 00 00 00 f0 3f
            00  31 2e 00  00  00 00 00
            """), bytes);
    }

    [Fact]
    public void Reply_that_reports_nothing_is_24_bytes_as_in_the_reference()
    {
        var bytes = RegularCommandReply.Success().Encode();

        Assert.Equal(Hex("18 00 00 00 00 00 00 00 ff ff ff ff 00 00 00 00 01 00 00 00 00 00 00 00"), bytes);
        var decoded = RegularCommandReply.Decode(bytes);
        Assert.Empty(decoded.Values);
        Assert.Equal(ScriptErrorCode.None, decoded.ErrorCode);
    }

    [Fact]
    public void Record_request_is_24_bytes_with_a_one_word_array()
    {
        var bytes = new RegularCommandRequest(CommandTable.Record.Index, []).Encode();

        // The reference leaves the 3 padding bytes unspecified (xx); this client zeroes them.
        Assert.Equal(Hex("18 00 00 00 01 00 00 00 4b 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00"), bytes);
        Assert.Equal(75, CommandTable.Record.Index);
    }

    [Fact]
    public void ReportStageXYZ_reply_matches_the_reference_bytes()
    {
        var bytes = RegularCommandReply.Success(10.5, -20.25, 3.0).Encode();

        var expected = Hex("3c 00 00 00  00 00 00 00  02 00 00 00  00 00 00 00  0a 00 00 00  00 00 00 00 00 00 00 00 00 00 00 00")
            .Concat(BitConverter.GetBytes(10.5)).Concat(BitConverter.GetBytes(-20.25)).Concat(BitConverter.GetBytes(3.0))
            .Concat(Hex("00 00 00 00")).ToArray();
        Assert.Equal(60, bytes.Length);
        Assert.Equal(expected, bytes);
        var decoded = RegularCommandReply.Decode(bytes);
        Assert.Equal([10.5, -20.25, 3.0], decoded.Values.Select(v => v.Number));
    }

    [Fact]
    public void Command_failure_with_Stage_error_is_48_bytes_with_one_string_value()
    {
        var bytes = RegularCommandReply.Failure("Stage error").Encode();

        var expected = Hex("30 00 00 00  00 00 00 00  00 00 00 00  01 00 00 00  07 00 00 00  01 00 00 00  00 00 00 00 00 00 00 00")
            .Concat("Stage error\0"u8.ToArray()).Concat(Hex("00 00 00 00")).ToArray();
        Assert.Equal(48, bytes.Length);
        Assert.Equal(expected, bytes);
        var decoded = RegularCommandReply.Decode(bytes);
        Assert.Equal(ScriptErrorCode.CommandFailed, decoded.ErrorCode);
        Assert.Equal("Stage error", decoded.Values[0].Text);
    }

    [Fact]
    public void Fixed_packet_sizes_match_the_function_table()
    {
        Assert.Equal(Hex("08 00 00 00 03 00 00 00"), ControlPackets.OkToRunRequest());
        Assert.Equal(Hex("0c 00 00 00 00 00 00 00 01 00 00 00"), ControlPackets.OkToRunReply(true));
        Assert.Equal(Hex("08 00 00 00 02 00 00 00"), ControlPackets.ChunkHandshake());
        Assert.Equal(16, new GetBufferImageRequest(BufferSlot.A).Encode().Length);
        Assert.Equal(32, BufferImageHeader.Empty.Encode().Length);
        Assert.Equal(44, new PutImageRequest(PixelMode.Float32, 2, 2, 16, 19, 0, 1, -1, 1).Encode().Length);
    }

    private static byte[] Hex(string text) =>
        Convert.FromHexString(string.Concat(text.Where(Uri.IsHexDigit)));
}
