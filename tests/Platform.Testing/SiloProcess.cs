using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Platform.Testing;

/// <summary>
/// The Silo executable started as a real process on a loopback port, with its own SQLite folder. <see cref="KillAsync"/>
/// (SIGKILL) and <see cref="RestartAsync"/> (same folder, same port) let tests crash and revive the platform.
/// </summary>
public sealed partial class SiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan _exitDeadline = TimeSpan.FromSeconds(60);

    private readonly ChildProcess _process;
    private bool _ownsFolder = true;

    private SiloProcess(ChildProcess process, string folder, Uri baseAddress, string[] arguments)
    {
        _process = process;
        Folder = folder;
        BaseAddress = baseAddress;
        Arguments = arguments;
    }

    public Uri BaseAddress { get; }

    /// <summary>The working directory: the SQLite database lives in <c>.data/platform.db</c> under it.</summary>
    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, ".data", "platform.db");

    private string[] Arguments { get; }

    /// <summary>What the Silo wrote so far (stdout and stderr interleaved).</summary>
    public IReadOnlyList<string> Log => _process.Lines(_ => true);

    /// <summary>Starts a demo Silo in a new folder on a free port.</summary>
    public static async Task<SiloProcess> StartAsync(params string[] extraArguments)
    {
        // A port found free can be taken before the Silo binds it (test classes run in parallel and start simulators, agents
        // and outgoing connections of their own): a start that failed for that reason alone is retried on another port, in a
        // new folder. Any other failure is the test's.
        for (var attempt = 1; ; attempt++)
        {
            var folder = Directory.CreateTempSubdirectory("platform-silo-").FullName;
            try
            {
                return await StartAsync(folder, FreePort(), extraArguments);
            }
            catch (InvalidOperationException exception) when (attempt < 3 && exception.Message.Contains("address already in use", StringComparison.Ordinal))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>SIGKILL: no graceful shutdown, nothing flushed that was not already durable.</summary>
    public Task KillAsync() => _process.KillAsync();

    /// <summary>Starts the Silo again on the same folder and port, after this process exited; the new process owns the folder.</summary>
    public async Task<SiloProcess> RestartAsync()
    {
        _ownsFolder = false;
        return await StartAsync(Folder, BaseAddress.Port, Arguments);
    }

    /// <summary>SIGTERM, then wait for a graceful exit; returns the exit code.</summary>
    public Task<int> StopAsync() => _process.StopAsync(_exitDeadline);

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        if (_ownsFolder)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"GraphQL: (?<base>http://127\.0\.0\.1:\d+)/graphql")]
    private static partial Regex GraphQLLine();
}
