using System.Diagnostics;
using System.Globalization;
using Xunit;

namespace Platform.Testing;

/// <summary>Starting the Silo executable and waiting for the line that says where it listens.</summary>
public sealed partial class SiloProcess
{
    private static async Task<SiloProcess> StartAsync(string folder, int port, string[] extraArguments)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "Silo", "Platform.Silo", "bin", configuration, "net10.0", "Platform.Silo.dll");
        var url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url, "--Platform:Demo=true", .. extraArguments])
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
        silo = new SiloProcess(process, folder, baseAddress, extraArguments);
        lock (lines)
        {
            foreach (var line in lines)
            {
                silo.Append(line);
            }
        }

        return silo;
    }
}
