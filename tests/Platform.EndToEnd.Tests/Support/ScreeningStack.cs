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
    private static readonly DemoCredentials _credentials = new("end-to-end admin passphrase", "end-to-end-agent-secret-0123456789abcdef");

    /// <summary>Commands the simulator logs (start with the specimen position, end): what the microscope was asked to do.</summary>
    private const string LoggedCommands = "Preview,LoadCartridge,Exit";

    private readonly string _folder;
    private readonly string _configPath;
    private readonly HttpClient _http;

    private ScreeningStack(SiloProcess silo, ChildProcess simulator, ChildProcess agent, string folder, string configPath, HttpClient http, GraphQLClient graphQL)
    {
        Silo = silo;
        Simulator = simulator;
        Agent = agent;
        _folder = folder;
        _configPath = configPath;
        _http = http;
        GraphQL = graphQL;
    }

    /// <summary>The demo session's plain key (GraphQL takes <see cref="DemoSessionId"/>, its global id, everywhere).</summary>
    public const string DemoSessionKey = "demo-session";

    public static string DemoSessionId { get; } = GlobalId("Session", DemoSessionKey);

    public static string DemoMicroscopeId { get; } = GlobalId("Microscope", MicroscopeKey);

    public SiloProcess Silo { get; private set; }

    public ChildProcess Simulator { get; }

    public ChildProcess Agent { get; private set; }

    /// <summary>Signed in as the demo facility admin.</summary>
    public GraphQLClient GraphQL { get; private set; }

    /// <summary>Where the agent watches for movies (SerialEM's frames folder): a subfolder per session.</summary>
    public string FramesFolder => Path.Combine(_folder, "frames");

    /// <summary>The agent's run journal (SQLite): which targets it started and acquired.</summary>
    public string JournalPath => Path.Combine(_folder, "journal.db");

    /// <summary>
    /// Starts the platform, the simulator at <paramref name="speed"/> times real time (with <paramref name="simulatorArguments"/>,
    /// e.g. faults) and the agent.
    /// </summary>
    public static Task<ScreeningStack> StartAsync(double speed, params string[] simulatorArguments) => StartWithSiloAsync(speed, [], simulatorArguments);

    /// <summary>As <see cref="StartAsync(double, string[])"/>, the Silo started with <paramref name="siloArguments"/> too (e.g. its blob backend).</summary>
    public static async Task<ScreeningStack> StartWithSiloAsync(double speed, IReadOnlyList<string> siloArguments, params string[] simulatorArguments)
    {
        // The Silo (the slowest to come up) starts while the simulator starts: neither needs the other.
        var startingSilo = _credentials.StartSiloAsync([.. siloArguments]);
        var folder = Directory.CreateTempSubdirectory("platform-e2e-").FullName;
        var sessions = Directory.CreateDirectory(Path.Combine(folder, "sessions")).FullName;
        var frames = Directory.CreateDirectory(Path.Combine(folder, "frames")).FullName;
        var port = FreePort();
        var simulator = ChildProcess.Start(
            Path.Combine("EdgeAgent", "Platform.MicroscopeSimulator"), folder,
            [
                "--port", port.ToString(CultureInfo.InvariantCulture), "--data", folder, "--speed", speed.ToString(CultureInfo.InvariantCulture),
                "--seed", "7", "--atlas-size", "512", "--search-size", "512", "--exposure-size", "128", "--frame-size", "64", "--frames", "4",
                "--log-commands", LoggedCommands, .. simulatorArguments,
            ]);
        SiloProcess silo;
        try
        {
            await simulator.WaitForLineAsync(l => l.StartsWith("SerialEM simulator listening on", StringComparison.Ordinal));
            silo = await startingSilo;
        }
        catch
        {
            await simulator.DisposeAsync();
            await Task.WhenAny(startingSilo); // its own failure, if any, is secondary to the one rethrown
            if (startingSilo.IsCompletedSuccessfully)
            {
                await startingSilo.Result.DisposeAsync();
            }

            throw;
        }

        var configPath = Path.Combine(folder, "agent.json");
        await File.WriteAllTextAsync(configPath, JsonSerializer.Serialize(new
        {
            platformUrl = silo.BaseAddress.ToString(),
            microscopeId = MicroscopeKey,
            clientId = DemoCredentials.AgentClientId,
            clientSecret = _credentials.AgentSecret,
            serialEmHost = "127.0.0.1",
            serialEmPort = port,
            dataFolder = sessions,
            framesFolder = frames,
            // The simulator keeps SerialEM's paths under its --data root: SerialEM's /frames is <folder>/frames here.
            serialEmDataFolder = "/sessions",
            serialEmFramesFolder = "/frames",
            journalPath = Path.Combine(folder, "journal.db"),
        }), TestContext.Current.CancellationToken);
        var agent = await StartAgentAsync(folder, configPath);
        var http = new HttpClient { BaseAddress = silo.BaseAddress };
        var graphQL = await GraphQLClient.SignInAsync(http, _credentials);
        return new ScreeningStack(silo, simulator, agent, folder, configPath, http, graphQL);
    }

    /// <summary>A smaller screening for tests that need only a few exposures: <paramref name="squares"/> squares and <paramref name="holes"/> holes (groups) each, per grid.</summary>
    public async Task ShrinkScreeningAsync(string sessionId, int squares, int holes)
    {
        var updated = (await GraphQL.DataAsync("""
            mutation ($id: ID!, $squares: Int!, $holes: Int!) { updateSessionSetup(input: { sessionId: $id, collection: { squaresNum: $squares, holesPerSquare: $holes } }) {
              session { collection { squaresNum } } errors { __typename message } } }
            """, new { id = sessionId, squares, holes })).GetProperty("updateSessionSetup");
        Assert.Empty(updated.GetProperty("errors").EnumerateArray());
    }

    /// <summary>Runs <c>startSession</c> and asserts it reported no error.</summary>
    public async Task StartSessionAsync(string sessionId)
    {
        var started = (await GraphQL.DataAsync(
            "mutation ($id: ID!) { startSession(input: { sessionId: $id }) { errors { __typename message } } }", new { id = sessionId })).GetProperty("startSession");
        Assert.Empty(started.GetProperty("errors").EnumerateArray());
    }

    /// <summary>A second session on the same booking and microscope, with one grid, never started.</summary>
    public async Task<string> CreateSecondSessionAsync()
    {
        var created = (await GraphQL.DataAsync("""
            mutation ($booking: ID!) { createSession(input: { bookingId: $booking, name: "second_screening", groupId: "demo-lab", detectorKey: "k3", requestedByStaff: true }) {
              session { id } errors { __typename message } } }
            """, new { booking = GlobalId("Booking", "demo-booking") })).GetProperty("createSession");
        Assert.Empty(created.GetProperty("errors").EnumerateArray());
        var other = created.GetProperty("session").GetProperty("id").GetString()!;
        var grid = (await GraphQL.DataAsync("""
            mutation ($id: ID!) { addGrid(input: { sessionId: $id, position: 3, name: "second_1", holeType: "R1.2/1.3", meshSize: 300, meshMaterial: GOLD }) { errors { message } } }
            """, new { id = other })).GetProperty("addGrid");
        Assert.Empty(grid.GetProperty("errors").EnumerateArray());
        return other;
    }

    /// <summary>SIGKILLs the Silo: the platform is gone until <see cref="RestartSiloAsync"/>.</summary>
    public Task KillSiloAsync() => Silo.KillAsync();

    /// <summary>Starts the Silo again on the same database and port, and signs in again.</summary>
    public async Task RestartSiloAsync()
    {
        var old = Silo;
        Silo = await old.RestartAsync();
        await old.DisposeAsync();
        GraphQL = await GraphQLClient.SignInAsync(_http, _credentials);
    }

    /// <summary>SIGKILLs the agent: no shutdown, its journal and outbox keep only what was committed.</summary>
    public Task KillAgentAsync() => Agent.KillAsync();

    /// <summary>Starts the agent again with the same configuration, journal and outbox.</summary>
    public async Task RestartAgentAsync()
    {
        var old = Agent;
        Agent = await StartAgentAsync(_folder, _configPath);
        await old.DisposeAsync();
    }

    /// <summary>The simulator's lines for <paramref name="command"/> starting (<c>command Preview started at specimen (x, y) µm</c>).</summary>
    public IReadOnlyList<string> CommandsStarted(string command) =>
        Simulator.Lines(l => l.StartsWith($"command {command} started", StringComparison.Ordinal));

    private static async Task<ChildProcess> StartAgentAsync(string folder, string configPath)
    {
        var agent = ChildProcess.Start(Path.Combine("EdgeAgent", "Platform.EdgeAgent"), folder, "run", "--config", configPath);
        await agent.WaitForLineAsync(l => l.StartsWith($"agent for {MicroscopeKey}", StringComparison.Ordinal));
        return agent;
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
