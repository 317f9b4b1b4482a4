using Xunit;
using System.Diagnostics;

namespace Platform.Testing;

/// <summary>An Azurite started and stopped by infra/azurite's scripts (use as an assembly fixture for one per test run, or derive a class fixture for a private one).</summary>
public class AzuriteFixture : IAsyncLifetime
{
    /// <summary>Azurite's documented development account and key.</summary>
    public const string AccountName = "devstoreaccount1";

    public static readonly byte[] AccountKey = Convert.FromBase64String(
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "platform-blobs-azurite-" + Guid.NewGuid().ToString("N"));

    public Uri AccountUri { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        AccountUri = new Uri(await RunScriptAsync("start.sh", _directory));
    }

    public async ValueTask DisposeAsync()
    {
        await RunScriptAsync("stop.sh", _directory);
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Stops Azurite (its data stays in the folder); <see cref="StartAgainAsync"/> brings it back on the same port.</summary>
    public Task StopAsync() => RunScriptAsync("stop.sh", _directory);

    public Task StartAgainAsync() => RunScriptAsync("start.sh", _directory, AccountUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<string> RunScriptAsync(string script, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "infra", "azurite", script));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not run {script}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"infra/azurite/{script} failed ({process.ExitCode}): {await errors}");
        }

        return (await output).Trim();
    }
}
