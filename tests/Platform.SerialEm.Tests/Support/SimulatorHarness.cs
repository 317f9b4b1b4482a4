using Platform.MicroscopeSimulator;
using Platform.MicroscopeSimulator.Serving;
using Platform.SerialEm.Client;

namespace Platform.SerialEm.Tests.Support;

/// <summary>An in-process simulator on a free port with small images and no delays, plus a client pointed at it.</summary>
internal sealed class SimulatorHarness : IAsyncDisposable
{
    private SimulatorHarness(SimulatorServer server, SerialEmClient client, string dataDirectory)
    {
        Server = server;
        Client = client;
        DataDirectory = dataDirectory;
    }

    public SimulatorServer Server { get; }

    public SerialEmClient Client { get; }

    public string DataDirectory { get; }

    public static SimulatorHarness Start(Func<SimulatorOptions, SimulatorOptions>? configure = null, CommandTimeouts? timeouts = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "semsim-" + Guid.NewGuid().ToString("N"));
        var options = new SimulatorOptions
        {
            Port = 0,
            DataDirectory = data,
            Delays = SimulatedDelays.None,
            SpeedFactor = 10_000,
            GridCount = 4,
            AtlasSizePixels = 256,
            SearchSizePixels = 128,
            ExposureSizePixels = 256,
            FrameSizePixels = 128,
            FrameCount = 4,
            ExposurePixelSizeAngstrom = 2,
        };
        options = configure?.Invoke(options) ?? options;
        var server = new SimulatorServer(options);
        server.Start();
        var client = new SerialEmClient(new SerialEmClientOptions
        {
            Port = server.Port,
            Timeouts = timeouts ?? CommandTimeouts.Uniform(TimeSpan.FromSeconds(30)),
        });
        return new SimulatorHarness(server, client, data);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
