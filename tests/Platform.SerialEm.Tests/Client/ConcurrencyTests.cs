using Platform.SerialEm.Client;
using Platform.SerialEm.Protocol;
using Platform.SerialEm.Tests.Support;

namespace Platform.SerialEm.Tests.Client;

public sealed class ConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Concurrent_callers_are_serialized_and_each_gets_its_own_reply()
    {
        var pipelined = 0;
        var served = 0;
        await using var server = new RawServer(async (tcp, ct) =>
        {
            var stream = tcp.GetStream();
            while (await PacketFraming.ReadPacketAsync(stream, 1 << 20, ct) is { } packet)
            {
                if (PacketFraming.CodeOf(packet) == (int)FunctionCode.OkToRunExternalScript)
                {
                    await stream.WriteAsync(ControlPackets.OkToRunReply(true), ct);
                    continue;
                }

                var request = RegularCommandRequest.Decode(packet);
                // Hold the reply a moment, as SerialEM does while a command runs: a client that pipelines would have sent more by now.
                await Task.Delay(TimeSpan.FromMilliseconds(3), ct);
                if (tcp.Available > 0)
                {
                    Interlocked.Increment(ref pipelined);
                }

                Interlocked.Increment(ref served);
                await stream.WriteAsync(RegularCommandReply.Success(request.Arguments[0].Number).Encode(), ct);
            }
        });
        await using var client = new SerialEmClient(new SerialEmClientOptions { Port = server.Port });

        var results = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => Task.Run(() => client.CallAsync("Delay", [i], Ct), Ct)));

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (double)i), results.Select(r => r.Number(0)));
        Assert.Equal(0, pipelined);
        Assert.Equal(40, served);
        Assert.Equal(1, client.ConnectionsOpened);
    }

    [Fact]
    public async Task Two_callers_on_the_simulator_never_interleave_stage_moves_and_reports()
    {
        await using var sim = SimulatorHarness.Start();

        var moves = Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
            {
                await sim.Client.MoveStageToAsync(i, -i, cancellationToken: Ct);
            }
        }, Ct);
        var reports = Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
            {
                var p = await sim.Client.ReportStageXyzAsync(Ct);
                Assert.Equal(p.XMicrons, -p.YMicrons);
            }
        }, Ct);
        await Task.WhenAll(moves, reports);

        Assert.Equal(60, sim.Server.ExecutedCommands.Count);
        Assert.Equal(1, sim.Client.ConnectionsOpened);
    }
}
