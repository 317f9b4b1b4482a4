using Platform.MicroscopeSimulator;
using Platform.MicroscopeSimulator.Serving;
using Platform.SerialEm.Client;

namespace Platform.SerialEm.Tests.Simulator;

/// <summary>The simulator's opt-in exchange timeline that bench/agent reads the agent's think time from.</summary>
public sealed class ExchangeTimelineTests
{
    [Fact]
    public async Task Exchanges_are_recorded_in_order_with_reply_after_request_only_while_enabled()
    {
        var data = Directory.CreateTempSubdirectory("sim-timeline-").FullName;
        await using var simulator = new SimulatorServer(new SimulatorOptions { Port = 0, DataDirectory = data, Delays = SimulatedDelays.None });
        simulator.Start();
        await using var client = new SerialEmClient(new SerialEmClientOptions { Port = simulator.Port });
        var ct = TestContext.Current.CancellationToken;

        await client.ReportTiltAngleAsync(ct);
        Assert.Empty(simulator.Timeline.Snapshot());
        simulator.Timeline.Enabled = true;
        await client.ReportStageXyzAsync(ct);
        await client.MoveStageToAsync(1, 2, cancellationToken: ct);
        await client.ReportTiltAngleAsync(ct);

        // The server records an exchange just after sending its reply, before it reads the next request on the
        // connection: one more round trip guarantees the three above are recorded (the fourth may not be yet).
        await client.ReportStageXyzAsync(ct);
        var exchanges = simulator.Timeline.Snapshot().Take(3).ToList();
        Assert.Equal(["ReportStageXYZ", "MoveStageTo", "ReportTiltAngle"], exchanges.Select(e => e.Command));
        Assert.All(exchanges, e => Assert.True(e.ReplySentTimestamp >= e.RequestReceivedTimestamp));
        Assert.All(exchanges.Zip(exchanges.Skip(1)), p => Assert.True(p.Second.RequestReceivedTimestamp >= p.First.ReplySentTimestamp));
        simulator.Timeline.Clear();
        Assert.Empty(simulator.Timeline.Snapshot());
    }
}
