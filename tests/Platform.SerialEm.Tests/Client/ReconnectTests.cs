using Platform.MicroscopeSimulator;
using Platform.SerialEm.Client;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Tests.Support;

namespace Platform.SerialEm.Tests.Client;

public sealed class ReconnectTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Connection_closed_by_SerialEM_while_idle_is_replaced_before_a_stage_move_is_sent()
    {
        await using var sim = SimulatorHarness.Start();
        await sim.Client.ReportStageXyzAsync(Ct);
        var replaced = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        sim.Server.ClientConnected += n => replaced.TrySetResult(n);

        // A second client makes SerialEM close ours (§1.1: a new connection replaces the old one).
        using (var interloper = new System.Net.Sockets.TcpClient())
        {
            await interloper.ConnectAsync("127.0.0.1", sim.Server.Port, Ct);
            await replaced.Task.Within("the interloper to be accepted");
        }

        await sim.Client.MoveStageToAsync(3, 4, cancellationToken: Ct);

        Assert.Equal(3, (await sim.Client.ReportStageXyzAsync(Ct)).XMicrons);
        Assert.Single(sim.Server.ExecutedCommands, "MoveStageTo");
        Assert.Equal(2, sim.Client.ConnectionsOpened);
    }

    [Fact]
    public async Task Disposing_the_client_mid_montage_fails_the_call_at_once_without_resending()
    {
        await using var sim = SimulatorHarness.Start(o => o with { SpeedFactor = 1, Delays = SimulatedDelays.None with { MontageSeconds = 600 } });
        await sim.Client.OpenNewMontageAsync(2, 2, "atlas.mrc", Ct);
        var started = Events.NextCommandStarted(sim.Server, "Montage");

        var montage = sim.Client.MontageAsync(Ct);
        await started.Within("Montage to start");
        await sim.Client.DisposeAsync();

        var ex = await Assert.ThrowsAsync<SerialEmConnectionLostException>(() => montage);
        Assert.True(ex.CommandMayHaveRun);
        Assert.Single(sim.Server.ExecutedCommands, "Montage");
        await Assert.ThrowsAsync<ObjectDisposedException>(() => sim.Client.ReportStageXyzAsync(Ct));
    }

    [Fact]
    public async Task Unreachable_SerialEM_is_a_connection_lost_error_that_says_nothing_ran()
    {
        await using var sim = SimulatorHarness.Start();
        var port = sim.Server.Port;
        await sim.Server.DisposeAsync();
        await using var client = new SerialEmClient(new SerialEmClientOptions { Port = port, ConnectTimeout = TimeSpan.FromSeconds(5) });

        var ex = await Assert.ThrowsAsync<SerialEmConnectionLostException>(() => client.RecordAsync(Ct));

        Assert.False(ex.CommandMayHaveRun);
    }
}
