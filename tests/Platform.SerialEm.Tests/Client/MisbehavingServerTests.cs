using System.Net.Sockets;
using Platform.SerialEm.Client;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Protocol;
using Platform.SerialEm.Tests.Support;

namespace Platform.SerialEm.Tests.Client;

public sealed class MisbehavingServerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Byte_count_below_8_is_a_protocol_error()
    {
        await using var server = Serve(async (stream, _, ct) => await stream.WriteAsync(new byte[] { 3, 0, 0, 0, 0, 0, 0, 0 }, ct));
        await using var client = Client(server);

        await Assert.ThrowsAsync<SerialEmProtocolException>(() => client.RecordAsync(Ct));
    }

    [Fact]
    public async Task Reply_cut_off_mid_packet_for_an_exposure_is_connection_lost_that_may_have_run()
    {
        await using var server = Serve(async (stream, tcp, ct) =>
        {
            await stream.WriteAsync(new byte[] { 60, 0, 0, 0, 0, 0, 0, 0, 2, 0 }, ct);
            tcp.Client.Shutdown(SocketShutdown.Both);
        });
        await using var client = Client(server);

        var ex = await Assert.ThrowsAsync<SerialEmConnectionLostException>(() => client.RecordAsync(Ct));

        Assert.True(ex.CommandMayHaveRun);
        Assert.Equal("Record", ex.Command);
    }

    [Fact]
    public async Task Server_that_never_answers_times_out_instead_of_hanging()
    {
        var hold = new TaskCompletionSource();
        await using var server = Serve(async (_, _, ct) => await hold.Task.WaitAsync(ct));
        await using var client = Client(server, CommandTimeouts.Uniform(TimeSpan.FromMilliseconds(200)));

        await Assert.ThrowsAsync<SerialEmTimeoutException>(() => client.ReportStageXyzAsync(Ct));
        hold.SetResult();
    }

    [Fact]
    public async Task Unknown_errorOccurred_value_is_a_protocol_error()
    {
        await using var server = Serve(async (stream, _, ct) => await stream.WriteAsync(new RegularCommandReply(77, []).Encode(), ct));
        await using var client = Client(server);

        await Assert.ThrowsAsync<SerialEmProtocolException>(() => client.ReportMagAsync(Ct));
    }

    [Fact]
    public async Task Reply_with_too_few_values_for_a_typed_method_is_a_protocol_error()
    {
        await using var server = Serve(async (stream, _, ct) => await stream.WriteAsync(RegularCommandReply.Success(1.0).Encode(), ct));
        await using var client = Client(server);

        await Assert.ThrowsAsync<SerialEmProtocolException>(() => client.ReportStageXyzAsync(Ct));
    }

    [Fact]
    public async Task OKtoRun_reply_of_the_wrong_size_is_a_protocol_error()
    {
        await using var server = new RawServer(async (tcp, ct) =>
        {
            var stream = tcp.GetStream();
            await PacketFraming.ReadPacketAsync(stream, 1024, ct);
            await stream.WriteAsync(ControlPackets.StatusReply(ProtocolReturnCode.Ok), ct);
            await PacketFraming.ReadPacketAsync(stream, 1024, ct);
        });
        await using var client = new SerialEmClient(new SerialEmClientOptions { Port = server.Port });

        await Assert.ThrowsAsync<SerialEmProtocolException>(() => client.ReportMagAsync(Ct));
    }

    [Fact]
    public async Task Image_header_claiming_more_than_the_limit_is_refused_before_reading_pixels()
    {
        await using var server = Serve(async (stream, _, ct) =>
        {
            var header = new BufferImageHeader(PixelMode.Float32, 40_000, 10_000, 10_000, 400_000_000, 12).Encode();
            await stream.WriteAsync(header, ct);
        });
        await using var client = new SerialEmClient(new SerialEmClientOptions { Port = server.Port, CheckOkToRunOnFirstConnect = false, MaximumImageBytes = 1 << 20 });

        await Assert.ThrowsAsync<SerialEmProtocolException>(() => client.GetBufferImageAsync(BufferSlot.A, Ct));
    }

    [Fact]
    public async Task SerialEM_older_than_the_command_table_is_reported_incompatible()
    {
        await using var server = Serve(async (stream, _, ct) =>
            await stream.WriteAsync(RegularCommandReply.Failure("External script interpreter passed an out-of-bounds function code").Encode(), ct));
        await using var client = Client(server);

        await Assert.ThrowsAsync<SerialEmIncompatibleException>(() => client.EnsureCommandTableSupportedAsync(Ct));
    }

    [Fact]
    public async Task SerialEM_reporting_too_few_commands_is_reported_incompatible()
    {
        await using var server = Serve(async (stream, _, ct) => await stream.WriteAsync(RegularCommandReply.Success(705).Encode(), ct));
        await using var client = Client(server);

        var ex = await Assert.ThrowsAsync<SerialEmIncompatibleException>(() => client.EnsureCommandTableSupportedAsync(Ct));
        Assert.Contains("705", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A server that skips OKtoRun handling (the client is told not to ask) and answers each request with <paramref name="reply"/>.</summary>
    private static RawServer Serve(Func<NetworkStream, TcpClient, CancellationToken, Task> reply) => new(async (tcp, ct) =>
    {
        var stream = tcp.GetStream();
        while (await PacketFraming.ReadPacketAsync(stream, 1 << 20, ct) is not null)
        {
            await reply(stream, tcp, ct);
        }
    });

    private static SerialEmClient Client(RawServer server, CommandTimeouts? timeouts = null) =>
        new(new SerialEmClientOptions { Port = server.Port, CheckOkToRunOnFirstConnect = false, Timeouts = timeouts ?? new CommandTimeouts() });
}
