using System.Diagnostics;
using Platform.Testing;

namespace Platform.Identity.Tests;

/// <summary>Runs <c>Platform.Silo admin ...</c> as a real process and returns its exit code and output.</summary>
public static class SiloAdminCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "Silo", "Platform.Silo", "bin", configuration, "net10.0", "Platform.Silo.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "admin", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the Silo admin command");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
