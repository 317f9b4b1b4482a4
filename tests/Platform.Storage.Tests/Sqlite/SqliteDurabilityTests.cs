using System.Diagnostics;
using System.Globalization;
using System.Text;
using Platform.Storage.Sqlite;
using Platform.Storage.Tests.Fixtures;

namespace Platform.Storage.Tests.Sqlite;

/// <summary>
/// An acknowledged SQLite write survives the writer being SIGKILLed mid-stream: a child process writes and
/// prints "acked n" after each WriteAsync returns; after the kill every acked record must be there.
/// (SIGKILL keeps the OS page cache; power loss additionally relies on synchronous=FULL's fsync, which this
/// test cannot simulate.)
/// </summary>
public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-durability-").FullName;

    [Fact]
    public async Task Every_acknowledged_write_survives_a_sigkill_of_the_writer()
    {
        var token = TestContext.Current.CancellationToken;
        var database = Path.Combine(_folder, "durable.db");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [BuildPaths.DurabilityProbe, database])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        long acked;
        using (var probe = Process.Start(start) ?? throw new InvalidOperationException("could not start the durability probe"))
        {
            var stderr = probe.StandardError.ReadToEndAsync(token);
            string? line;
            var seen = 0;
            while (seen < 150 && (line = await Await.Within(probe.StandardOutput.ReadLineAsync(token).AsTask(), "the probe's next 'acked' line")) is not null)
            {
                seen++;
            }

            if (seen < 150)
            {
                Assert.Fail($"the probe stopped after {seen} acks: {await stderr}");
            }

            probe.Kill();
            // Lines written before the kill are still in the pipe; each is an acknowledged write too.
            var rest = await probe.StandardOutput.ReadToEndAsync(token);
            await probe.WaitForExitAsync(token);
            acked = seen + rest.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("acked ", StringComparison.Ordinal));
        }

        await using var storage = await SqliteStorageProvider.OpenAsync(database, "checker", TimeProvider.System, token);
        for (var n = 1; n <= acked; n++)
        {
            var text = n.ToString(CultureInfo.InvariantCulture);
            var state = await storage.Grains.ReadAsync(new GrainStateKey("probe", text, "state"), token);
            Assert.True(state is not null, $"acknowledged write {n} of {acked} is missing after the kill");
            Assert.Equal(text, Encoding.UTF8.GetString(state.Payload.Span));
        }

        Assert.True(await storage.Streams.GetLastSequenceAsync("probe-events", "all", token) >= acked, "acknowledged stream events are missing");
        TestContext.Current.SendDiagnosticMessage($"{acked} acknowledged writes survived SIGKILL");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
