using System.Net;
using System.Net.Sockets;
using Platform.EdgeAgent.Checks;
using Platform.MicroscopeSimulator;
using Platform.MicroscopeSimulator.Serving;
using Platform.SerialEm.Client;

namespace Platform.EdgeAgent.Tests;

/// <summary>The agent's <c>check</c> command against the SerialEM simulator, and against nothing.</summary>
public sealed class SerialEmCheckTests
{
    [Fact]
    public async Task Check_passes_against_a_listening_SerialEM()
    {
        var data = Directory.CreateTempSubdirectory("agent-check-").FullName;
        await using var simulator = new SimulatorServer(new SimulatorOptions { Port = 0, DataDirectory = data });
        simulator.Start();

        var result = await SerialEmCheck.RunAsync(new SerialEmClientOptions { Port = simulator.Port }, TestContext.Current.CancellationToken);

        Assert.True(result.Ok, result.ToString());
        Assert.Contains("script functions", result.Detail);
    }

    [Fact]
    public async Task Check_fails_with_an_actionable_message_when_nothing_listens()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var result = await SerialEmCheck.RunAsync(new SerialEmClientOptions { Port = closedPort, ConnectTimeout = TimeSpan.FromSeconds(5) }, TestContext.Current.CancellationToken);

        Assert.False(result.Ok);
        Assert.Contains($"127.0.0.1:{closedPort}", result.Name);
        Assert.Contains("socket server", result.Detail);
    }
}
