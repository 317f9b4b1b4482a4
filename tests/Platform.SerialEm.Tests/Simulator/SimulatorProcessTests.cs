using System.Diagnostics;
using System.Text.RegularExpressions;
using Platform.SerialEm.Client;
using Platform.SerialEm.Errors;

namespace Platform.SerialEm.Tests.Simulator;

public sealed partial class SimulatorProcessTests
{
    [Fact]
    public async Task Simulator_exe_prints_its_port_and_serves_a_client_with_scripted_faults()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Path.Combine(Path.GetTempPath(), "semsim-exe-" + Guid.NewGuid().ToString("N"));
        var dll = Path.Combine(AppContext.BaseDirectory, "Platform.MicroscopeSimulator.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--port", "0", "--data", data, "--speed", "1000", "--grids", "3", "--seed", "4", "--fault", "Record:error:Camera not ready" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(ct).AsTask().WaitAsync(TimeSpan.FromSeconds(60), ct);
            var match = ListeningLine().Match(line ?? "");
            Assert.True(match.Success, $"unexpected first line: {line}");

            await using var client = new SerialEmClient(new SerialEmClientOptions { Port = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) });
            Assert.True((await client.ReportSlotStatusAsync(3, ct)).IsOccupied);
            Assert.True((await client.ReportSlotStatusAsync(4, ct)).IsError);
            var ex = await Assert.ThrowsAsync<SerialEmCommandException>(() => client.RecordAsync(ct));
            Assert.Equal("Camera not ready", ex.SerialEmMessage);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct);
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Simulator_exe_rejects_unknown_flags_with_usage_and_exit_code_2()
    {
        var ct = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Platform.MicroscopeSimulator.dll"), "--warp", "9" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Unknown flag --warp", error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^SerialEM simulator listening on 127\.0\.0\.1:(\d+)$")]
    private static partial Regex ListeningLine();
}
