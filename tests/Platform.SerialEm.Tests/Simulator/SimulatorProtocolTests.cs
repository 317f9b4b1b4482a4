using System.Buffers.Binary;
using System.Net.Sockets;
using Platform.SerialEm.Protocol;
using Platform.SerialEm.Tests.Support;

namespace Platform.SerialEm.Tests.Simulator;

/// <summary>The simulator's server side of §1.11, driven with raw bytes.</summary>
public sealed class SimulatorProtocolTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Byte_count_not_matching_the_array_length_is_answered_with_minus_6()
    {
        await using var sim = SimulatorHarness.Start();
        using var tcp = await ConnectAsync(sim);
        var request = new RegularCommandRequest(293, []).Encode();
        BinaryPrimitives.WriteInt32LittleEndian(request.AsSpan(16), 2); // L = 2 but only one word follows

        Assert.Equal(ControlPackets.StatusReply(ProtocolReturnCode.LengthMismatch), await ExchangeAsync(tcp, request));
        Assert.Equal(0, RegularCommandReply.Decode(await ExchangeAsync(tcp, new RegularCommandRequest(293, []).Encode())).ErrorOccurred);
    }

    [Fact]
    public async Task Unknown_function_code_is_answered_with_minus_1()
    {
        await using var sim = SimulatorHarness.Start();
        using var tcp = await ConnectAsync(sim);

        Assert.Equal(ControlPackets.StatusReply(ProtocolReturnCode.UnknownFunction), await ExchangeAsync(tcp, [8, 0, 0, 0, 9, 0, 0, 0]));
    }

    [Fact]
    public async Task Byte_count_below_8_is_answered_with_minus_4_and_the_connection_closes()
    {
        await using var sim = SimulatorHarness.Start();
        using var tcp = await ConnectAsync(sim);

        Assert.Equal(ControlPackets.StatusReply(ProtocolReturnCode.PacketTooShort), await ExchangeAsync(tcp, [4, 0, 0, 0, 1, 0, 0, 0]));
        Assert.Equal(0, await tcp.GetStream().ReadAsync(new byte[1], Ct));
    }

    [Fact]
    public async Task Out_of_bounds_command_index_is_a_command_error_as_in_SerialEM()
    {
        await using var sim = SimulatorHarness.Start();
        using var tcp = await ConnectAsync(sim);

        var reply = RegularCommandReply.Decode(await ExchangeAsync(tcp, new RegularCommandRequest(900, []).Encode()));

        Assert.Equal(1, reply.ErrorOccurred);
        Assert.Contains("out-of-bounds", reply.Values[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_arguments_overflow_SerialEMs_item_slots_and_are_refused()
    {
        await using var sim = SimulatorHarness.Start();
        using var tcp = await ConnectAsync(sim);
        var request = new RegularCommandRequest(36, Enumerable.Repeat<WireValue>(1.0, 19).ToArray()).Encode();
        BinaryPrimitives.WriteInt32LittleEndian(request.AsSpan(12), 20);

        Assert.Equal(ControlPackets.StatusReply(ProtocolReturnCode.LengthMismatch), await ExchangeAsync(tcp, request));
    }

    [Fact]
    public async Task Missing_required_argument_is_a_command_error()
    {
        await using var sim = SimulatorHarness.Start();
        using var tcp = await ConnectAsync(sim);

        var reply = RegularCommandReply.Decode(await ExchangeAsync(tcp, new RegularCommandRequest(286, [1.0]).Encode()));

        Assert.Equal(1, reply.ErrorOccurred);
        Assert.Contains("MoveStageTo needs at least 2", reply.Values[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_bytes_instead_of_a_chunk_handshake_end_the_transfer()
    {
        await using var sim = SimulatorHarness.Start(o => o with { ImageChunkBytes = 1000 });
        using var tcp = await ConnectAsync(sim);
        await ExchangeAsync(tcp, new RegularCommandRequest(75, []).Encode());

        var header = BufferImageHeader.Decode(await ExchangeAsync(tcp, new GetBufferImageRequest(BufferSlot.A).Encode()), int.MaxValue);
        var stream = tcp.GetStream();
        await PacketFraming.ReadExactlyAsync(stream, new byte[ImageChunking.ChunkSizes(header.ByteCount, header.ChunkCount)[0]], Ct);
        await stream.WriteAsync(ControlPackets.OkToRunRequest(), Ct);

        Assert.Equal(0, await stream.ReadAsync(new byte[1], Ct));
    }

    private static async Task<TcpClient> ConnectAsync(SimulatorHarness sim)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", sim.Server.Port, Ct);
        return tcp;
    }

    private static async Task<byte[]> ExchangeAsync(TcpClient tcp, byte[] request)
    {
        var stream = tcp.GetStream();
        await stream.WriteAsync(request, Ct);
        return await PacketFraming.ReadPacketAsync(stream, 1 << 20, Ct) ?? throw new IOException("closed");
    }
}
