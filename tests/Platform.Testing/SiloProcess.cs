using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Xunit;

namespace Platform.Testing;

/// <summary>
/// The Silo executable started as a real process on a loopback port, with its own SQLite folder. <see cref="KillAsync"/>
/// (SIGKILL) and <see cref="RestartAsync"/> (same folder, same port) let tests crash and revive the platform.
/// </summary>
public sealed partial class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];
    private bool _ownsFolder = true;

    private SiloProcess(Process process, string folder, Uri baseAddress, string[] arguments)
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

    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log)
            {
                return [.. _log];
            }
        }
    }

    /// <summary>Starts a demo Silo in a new folder on a free port.</summary>
    public static Task<SiloProcess> StartAsync(params string[] extraArguments) =>
        StartAsync(Directory.CreateTempSubdirectory("platform-silo-").FullName, FreePort(), extraArguments);

    /// <summary>SIGKILL: no graceful shutdown, nothing flushed that was not already durable.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }

    /// <summary>Starts the Silo again on the same folder and port, after this process exited; the new process owns the folder.</summary>
    public async Task<SiloProcess> RestartAsync()
    {
        _ownsFolder = false;
        return await StartAsync(Folder, BaseAddress.Port, Arguments);
    }

    /// <summary>SIGTERM, then wait for a graceful exit.</summary>
    public async Task<int> StopAsync()
    {
        Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
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

    private void Append(string line)
    {
        lock (_log)
        {
            _log.Add(line);
        }
    }

    [GeneratedRegex(@"GraphQL: (?<base>http://127\.0\.0\.1:\d+)/graphql")]
    private static partial Regex GraphQLLine();
}
