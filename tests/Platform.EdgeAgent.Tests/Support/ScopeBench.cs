using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Configuration;
using Platform.EdgeAgent.Hosting;
using Platform.MicroscopeSimulator;
using Platform.MicroscopeSimulator.Serving;
using Platform.SerialEm.Client;

namespace Platform.EdgeAgent.Tests.Support;

/// <summary>A simulated microscope (fast, small images) plus an agent host on an in-memory link, in one temporary folder.</summary>
internal sealed class ScopeBench : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _hostTask;

    public ScopeBench(double speedFactor = 1000, SimulatedDelays? delays = null)
    {
        Folder = Directory.CreateTempSubdirectory("agent-run-").FullName;
        Simulator = new SimulatorServer(new SimulatorOptions
        {
            Port = 0, DataDirectory = Folder, SpeedFactor = speedFactor, Seed = 7, AtlasSizePixels = 512, SearchSizePixels = 512,
            ExposureSizePixels = 128, FrameSizePixels = 64, FrameCount = 4, Delays = delays ?? new SimulatedDelays(),
        });
        Simulator.Start();
        Config = new AgentConfig
        {
            PlatformUrl = "http://127.0.0.1:9/", ClientId = "agent-test", ClientSecret = "secret", SerialEmPort = Simulator.Port,
            DataFolder = Folder, SerialEmDataFolder = "/", FramesFolder = Path.Combine(Folder, "frames"), SerialEmFramesFolder = "/frames",
            JournalPath = Path.Combine(Folder, "journal.db"),
        };
    }

    public string Folder { get; }

    public SimulatorServer Simulator { get; }

    public AgentConfig Config { get; }

    public InMemoryPlatformLink Link { get; } = new();

    public AgentHost? Host { get; private set; }

    /// <summary>Starts the agent host on the in-memory link; <paramref name="scopeOptions"/> overrides the SerialEM client's (e.g. its timeouts).</summary>
    public void StartAgent(SerialEmClientOptions? scopeOptions = null)
    {
        Host = new AgentHost(Config, Link, scopeOptions: scopeOptions);
        _hostTask = Host.RunAsync(_stop.Token);
    }

    /// <summary>Sends the start command and waits until the run reaches a final state, which it returns.</summary>
    public async Task<RunStateReport> RunToEndAsync(RunPlan plan, string commandId = "start-1")
    {
        Link.Send(new StartRunCommand(commandId, plan.SessionId, plan));
        return await FinalStateAsync(commandId);
    }

    public Task<RunStateReport> FinalStateAsync(string startCommandId) => Link.WaitForAsync<RunStateReport>(
        $"the end of the run started by {startCommandId}", r => r.State is RunState.Completed or RunState.Stopped or RunState.Error);

    public static RunPlan Plan(string sessionId, AcquisitionSettings settings, bool pauseBetweenGrids = false, params int[] slots) => new(
        sessionId, $"20261121_{sessionId}", "facility-1", "scope-1",
        [.. (slots.Length == 0 ? [1, 2] : slots).Select(s => new GridPlan(s, $"grid{s}", s % 3 == 0 ? "R2/1" : "R1.2/1.3", 300, "Gold", "SPA", WorkState.Queued))],
        settings, pauseBetweenGrids);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Link.EndCommands();
        if (_hostTask is not null)
        {
            await _hostTask.WaitAsync(TimeSpan.FromSeconds(30));
        }

        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        await Simulator.DisposeAsync();
        _stop.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still open by the simulator's last write; the temp folder is cleaned by the OS
        }
    }
}
