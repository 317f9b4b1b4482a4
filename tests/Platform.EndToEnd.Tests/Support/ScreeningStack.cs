using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Platform.Testing;

namespace Platform.EndToEnd.Tests.Support;

/// <summary>
/// The three real executables on loopback, as <c>run.sh</c> starts them: the Silo (demo facility, microscope
/// <c>demo-krios</c>, session <c>demo-session</c> with 2 grids), the microscope simulator (fast, small images) and the
/// edge agent on its GraphQL link with the demo agent credential. Everything lives in temporary folders.
/// </summary>
internal sealed class ScreeningStack : IAsyncDisposable
{
    public const string MicroscopeKey = "demo-krios";
    private const string AdminPassword = "end-to-end admin passphrase";
    private const string AgentSecret = "end-to-end-agent-secret-0123456789abcdef";

    private readonly string _folder;
    private readonly HttpClient _http;

    private ScreeningStack(SiloProcess silo, ChildProcess simulator, ChildProcess agent, string folder, HttpClient http, GraphQLClient graphQL)
    {
        Silo = silo;
        Simulator = simulator;
        Agent = agent;
        _folder = folder;
        _http = http;
        GraphQL = graphQL;
    }

    /// <summary>The demo session's plain key (GraphQL takes <see cref="DemoSessionId"/>, its global id, everywhere).</summary>
    public const string DemoSessionKey = "demo-session";

    public static string DemoSessionId { get; } = GlobalId("Session", DemoSessionKey);

    public static string DemoMicroscopeId { get; } = GlobalId("Microscope", MicroscopeKey);

    public SiloProcess Silo { get; }

    public ChildProcess Simulator { get; }

    public ChildProcess Agent { get; }

    /// <summary>Signed in as the demo facility admin.</summary>
    public GraphQLClient GraphQL { get; }

    /// <summary>Starts the platform, the simulator at <paramref name="speed"/> times real time and the agent.</summary>
    public static async Task<ScreeningStack> StartAsync(double speed)
    {
        var silo = await SiloProcess.StartAsync($"--Platform:DemoAdminPassword={AdminPassword}", $"--Platform:DemoAgentSecret={AgentSecret}");
        var folder = Directory.CreateTempSubdirectory("platform-e2e-").FullName;
        var sessions = Directory.CreateDirectory(Path.Combine(folder, "sessions")).FullName;
        var frames = Directory.CreateDirectory(Path.Combine(folder, "frames")).FullName;
        var port = FreePort();
        var simulator = ChildProcess.Start(
            Path.Combine("EdgeAgent", "Platform.MicroscopeSimulator"), folder,
            "--port", port.ToString(CultureInfo.InvariantCulture), "--data", sessions, "--speed", speed.ToString(CultureInfo.InvariantCulture),
            "--seed", "7", "--atlas-size", "512", "--search-size", "512", "--exposure-size", "128", "--frame-size", "64", "--frames", "4");
        await simulator.WaitForLineAsync(l => l.StartsWith("SerialEM simulator listening on", StringComparison.Ordinal));

        var configPath = Path.Combine(folder, "agent.json");
        await File.WriteAllTextAsync(configPath, JsonSerializer.Serialize(new
        {
            platformUrl = silo.BaseAddress.ToString(),
            microscopeId = MicroscopeKey,
            clientId = "demo-krios-agent",
            clientSecret = AgentSecret,
            serialEmHost = "127.0.0.1",
            serialEmPort = port,
            dataFolder = sessions,
            framesFolder = frames,
            journalPath = Path.Combine(folder, "journal.db"),
        }), TestContext.Current.CancellationToken);
        var agent = ChildProcess.Start(Path.Combine("EdgeAgent", "Platform.EdgeAgent"), folder, "run", "--config", configPath);
        await agent.WaitForLineAsync(l => l.StartsWith($"agent for {MicroscopeKey}", StringComparison.Ordinal));

        var http = new HttpClient { BaseAddress = silo.BaseAddress };
        var graphQL = await GraphQLClient.SignInAsync(http, "admin@demo.local", AdminPassword);
        return new ScreeningStack(silo, simulator, agent, folder, http, graphQL);
    }

    public static string GlobalId(string type, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(type + ":" + key));

    /// <summary>The logs of all three processes, for assertion messages.</summary>
    public string Logs() =>
        $"--- silo\n{string.Join('\n', Silo.Log.TakeLast(80))}\n--- simulator\n{Simulator.Log}\n--- agent\n{Agent.Log}";

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Agent.DisposeAsync();
        await Simulator.DisposeAsync();
        await Silo.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
