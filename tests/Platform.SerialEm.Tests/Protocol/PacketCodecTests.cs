using System.Buffers.Binary;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Protocol;

namespace Platform.SerialEm.Tests.Protocol;

public sealed class PacketCodecTests
{
    [Theory]
    [InlineData(1.0, "1.")]
    [InlineData(0.5, "0.5")]
    [InlineData(-2.25, "-2.25")]
    [InlineData(0.0, "0.")]
    [InlineData(100000000.0, "100000000.")]
    [InlineData(1e-7, "0.")]
    [InlineData(48888, "48888.")]
    public void Number_arguments_are_formatted_like_printf_f_with_trailing_zeros_removed(double value, string expected) =>
        Assert.Equal(expected, WireValue.FromNumber(value).ArgumentText());

    [Theory]
    [InlineData("12.5abc", 12.5)]
    [InlineData("  -3", -3)]
    [InlineData("A", 0)]
    [InlineData("1e3x", 1000)]
    [InlineData("", 0)]
    public void String_arguments_carry_C_atof_of_their_text(string text, double expected) =>
        Assert.Equal(expected, WireValue.FromString(text).Number);

    [Fact]
    public void Request_with_strings_round_trips_and_has_L_from_the_reference_formula()
    {
        var request = new RegularCommandRequest(506, ["Ab", 2.5, "x:\\frames"]);

        var bytes = request.Encode();
        var decoded = RegularCommandRequest.Decode(bytes);

        // M = 4 items: 12·4 + ("" 1 + "Ab" 3 + "2.5" 4 + "x:\frames" 10) + 5 = 71 → L = 17.
        Assert.Equal(17, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(16)));
        Assert.Equal(20 + (4 * 17), bytes.Length);
        Assert.Equal(506, decoded.CommandIndex);
        Assert.Equal(["Ab", "2.5", "x:\\frames"], decoded.Arguments.Select(a => a.ArgumentText()));
        Assert.Equal(2.5, decoded.Arguments[1].Number);
    }

    [Fact]
    public void Decoding_tolerates_the_one_word_array_of_a_no_argument_call()
    {
        var decoded = RegularCommandRequest.Decode(new RegularCommandRequest(80, []).Encode());

        Assert.Equal(80, decoded.CommandIndex);
        Assert.Empty(decoded.Arguments);
    }

    [Fact]
    public void Byte_count_that_disagrees_with_the_array_length_is_error_minus_6()
    {
        var bytes = new RegularCommandRequest(221, [1.0]).Encode();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), 9);

        var ex = Assert.Throws<SerialEmProtocolException>(() => RegularCommandRequest.Decode(bytes));
        Assert.Equal(ProtocolReturnCode.LengthMismatch, ex.ReturnCode);
    }

    [Fact]
    public void Unterminated_argument_string_is_a_typed_error_not_an_index_exception()
    {
        var bytes = new RegularCommandRequest(221, ["abc"]).Encode();
        bytes.AsSpan(20 + 8 + 16).Fill((byte)'z');

        Assert.Throws<SerialEmProtocolException>(() => RegularCommandRequest.Decode(bytes));
    }

    [Fact]
    public void More_than_19_arguments_are_refused_before_encoding()
    {
        var arguments = Enumerable.Repeat<WireValue>(1.0, 20).ToArray();

        Assert.Throws<ArgumentException>(() => new RegularCommandRequest(36, arguments).Encode());
    }

    [Fact]
    public void Reply_claiming_seven_values_is_a_protocol_error()
    {
        var bytes = RegularCommandReply.Success(1, 2, 3, 4, 5, 6).Encode();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 6);

        Assert.Throws<SerialEmProtocolException>(() => RegularCommandReply.Decode(bytes));
    }

    [Fact]
    public void Truncated_reply_is_a_protocol_error()
    {
        var bytes = RegularCommandReply.Success(1.5, "name").Encode();

        Assert.Throws<SerialEmProtocolException>(() => RegularCommandReply.Decode(bytes.AsSpan(0, bytes.Length - 4)));
    }

    [Fact]
    public void Mixed_reply_round_trips_strings_only_for_flagged_values()
    {
        var bytes = RegularCommandReply.Success(1, "grid3").Encode();
        var decoded = RegularCommandReply.Decode(bytes);

        Assert.False(decoded.Values[0].IsString);
        Assert.Equal("grid3", decoded.Values[1].Text);
        Assert.Equal(20 + (4 * ((24 + 6 + 5) / 4)), bytes.Length);
    }

    [Theory]
    [InlineData("A", 0, false)]
    [InlineData("t", 19, false)]
    [InlineData("AF", 0, true)]
    [InlineData("HF", 7, true)]
    public void Buffer_letters_map_to_indices(string name, int index, bool fft)
    {
        var slot = BufferSlot.Parse(name);
        Assert.Equal((index, fft), (slot.Index, slot.IsFft));
        Assert.Equal(name.ToUpperInvariant(), slot.ToString());
    }

    [Theory]
    [InlineData("U")]
    [InlineData("IF")]
    [InlineData("")]
    public void Unknown_buffer_names_are_rejected(string name) => Assert.Throws<ArgumentException>(() => BufferSlot.Parse(name));

    [Fact]
    public void Image_larger_than_the_server_chunk_limit_splits_into_equal_chunks()
    {
        var bytes = 4096L * 4096 * 4; // 67 108 864 bytes → 2 chunks of 33 554 432
        var count = ImageChunking.ChunkCount(bytes, ImageChunking.ServerChunkLimitBytes);

        Assert.Equal(2, count);
        Assert.Equal([33_554_432, 33_554_432], ImageChunking.ChunkSizes(bytes, count));
        Assert.Equal([4, 4, 2], ImageChunking.ChunkSizes(10, 3));
    }

    [Fact]
    public void Buffer_image_header_with_inconsistent_sizes_is_rejected()
    {
        var bad = new BufferImageHeader(PixelMode.Float32, 400, 100, 100, 1234, 1).Encode();

        Assert.Throws<SerialEmProtocolException>(() => BufferImageHeader.Decode(bad, int.MaxValue));
        var huge = new BufferImageHeader(PixelMode.Float32, 40_000, 10_000, 10_000, 400_000_000, 12).Encode();
        Assert.Throws<SerialEmProtocolException>(() => BufferImageHeader.Decode(huge, 1_000_000));
    }

    [Fact]
    public void Empty_buffer_header_decodes_as_empty_whatever_its_other_fields()
    {
        var bytes = new BufferImageHeader(PixelMode.Float32, 7, 9, 11, 0, 3).Encode();

        Assert.True(BufferImageHeader.Decode(bytes, 100).IsEmpty);
    }

    [Fact]
    public void Negative_return_codes_map_to_typed_errors()
    {
        Assert.Throws<SerialEmBusyException>(() => ControlPackets.ThrowIfErrorReply(ControlPackets.StatusReply(ProtocolReturnCode.Busy), "X"));
        var stop = Assert.Throws<SerialEmStoppedException>(() => ControlPackets.ThrowIfErrorReply(ControlPackets.StatusReply(ProtocolReturnCode.UserStop), "X"));
        Assert.False(stop.DuringCommand);
        var unknown = Assert.Throws<SerialEmProtocolException>(() => ControlPackets.ThrowIfErrorReply(ControlPackets.StatusReply(ProtocolReturnCode.UnknownFunction), "X"));
        Assert.Contains("upgraded", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Framing_rejects_a_byte_count_below_8_and_a_stream_that_ends_mid_packet()
    {
        var ct = TestContext.Current.CancellationToken;
        using var tooShort = new MemoryStream([3, 0, 0, 0, 1, 0, 0, 0]);
        await Assert.ThrowsAsync<SerialEmProtocolException>(() => PacketFraming.ReadPacketAsync(tooShort, 1024, ct));

        using var truncated = new MemoryStream([24, 0, 0, 0, 1, 0, 0, 0, 0]);
        await Assert.ThrowsAsync<IOException>(() => PacketFraming.ReadPacketAsync(truncated, 1024, ct));

        using var empty = new MemoryStream();
        Assert.Null(await PacketFraming.ReadPacketAsync(empty, 1024, ct));
    }
}
