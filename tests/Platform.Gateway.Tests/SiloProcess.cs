using System.Diagnostics;
using System.Text.RegularExpressions;
using Platform.Testing;

namespace Platform.Gateway.Tests;

/// <summary>The Silo executable started as a real process on a free loopback port, with its own SQLite folder.</summary>
public sealed partial class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly List<string> _log = [];

    private SiloProcess(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

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

    public static async Task<SiloProcess> StartAsync(params string[] extraArguments)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "Silo", "Platform.Silo", "bin", configuration, "net10.0", "Platform.Silo.dll");
        var folder = Directory.CreateTempSubdirectory("platform-silo-").FullName;
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0", "--Platform:Demo=true", .. extraArguments])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the Silo");
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new List<string>();
        SiloProcess? silo = null;
        void OnLine(string? line)
        {
            if (line is null)
            {
                address.TrySetException(new InvalidOperationException("The Silo exited before it listened:\n" + string.Join('\n', lines)));
                return;
            }

            lock (lines)
            {
                lines.Add(line);
            }

            silo?.Append(line);
            if (GraphQLLine().Match(line) is { Success: true } match)
            {
                address.TrySetResult(new Uri(match.Groups["base"].Value));
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                OnLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var baseAddress = await address.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        silo = new SiloProcess(process, folder, baseAddress);
        lock (lines)
        {
            foreach (var line in lines)
            {
                silo.Append(line);
            }
        }

        return silo;
    }

    /// <summary>SIGTERM, then wait for a graceful exit.</summary>
    public async Task<int> StopAsync()
    {
        Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
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
        Directory.Delete(_folder, recursive: true);
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
