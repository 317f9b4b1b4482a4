using System.Diagnostics;
using System.Globalization;
using Platform.AgentLink.Contracts;
using Platform.AgentLink.Tests.Support;
using Platform.Testing;

namespace Platform.AgentLink.Tests.EndToEnd;

/// <summary>Crashes on either side of the link: every report the agent stored is applied exactly once, in order.</summary>
public sealed class OutageTests
{
    private const string Session = PlatformClient.DemoSession;

    [Fact]
    public async Task Platform_killed_during_a_stream_of_reports_applies_each_exactly_once_in_order_after_it_restarts()
    {
        const int total = 300;
        var silo = await DemoSilo.StartAsync();
        try
        {
            using var platform = new PlatformClient(silo.BaseAddress);
            var ct = TestContext.Current.CancellationToken;
            await using var link = Links.Start(platform.Endpoint, Links.NewDatabasePath());
            for (var i = 0; i < total; i++)
            {
                await link.EnqueueAsync(new LogReport($"outage-{i}", Session, DateTimeOffset.UtcNow, LogPanel.Acquisition, $"outage {i}"), ct);
                if (i == 100)
                {
                    await silo.KillAsync();
                }
            }

            Assert.True(link.PendingReports > 0, "the platform is down, so reports wait in the outbox");
            silo = await silo.RestartAsync();
            await Links.DeliveredAsync(link);
            Assert.Empty(link.RefusedReports);
            Assert.Equal(0, await silo.StopAsync());
            Assert.Equal(Enumerable.Range(0, total).Select(i => $"outage {i}"), await SiloDatabase.LogMessagesAsync(silo.DatabasePath, Session));
        }
        finally
        {
            await silo.DisposeAsync();
        }
    }

    [Fact]
    public async Task Agent_link_killed_mid_send_and_restarted_delivers_every_stored_report_exactly_once_in_order()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);
        var database = Links.NewDatabasePath();
        var lastStored = await RunProbeUntilKilledAsync(platform.Endpoint, database, count: 400, killAfter: 150);

        await using (var restarted = Links.Start(platform.Endpoint, database))
        {
            await Links.DeliveredAsync(restarted);
        }

        Assert.Equal(0, await silo.StopAsync());
        var applied = (await SiloDatabase.LogMessagesAsync(silo.DatabasePath, Session)).Select(m => int.Parse(m["crash ".Length..], CultureInfo.InvariantCulture)).ToList();
        Assert.True(applied.Count > lastStored, $"every report the probe stored ({lastStored + 1}) is applied; got {applied.Count}");
        Assert.Equal(Enumerable.Range(0, applied.Count), applied);
    }

    /// <summary>Starts the probe agent, SIGKILLs it once it has stored report <paramref name="killAfter"/>; returns the last index it reported stored.</summary>
    private static async Task<int> RunProbeUntilKilledAsync(Uri endpoint, string database, int count, int killAfter)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "tests", "Platform.AgentLink.Tests.Probe", "bin", configuration, "net10.0", "Platform.AgentLink.Tests.Probe.dll");
        using var probe = Process.Start(new ProcessStartInfo("dotnet", [dll, endpoint.ToString(), PlatformClient.DemoMicroscope, database, Session, count.ToString(CultureInfo.InvariantCulture), "crash"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var last = -1;
        while (await probe.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken) is { } line)
        {
            if (line.StartsWith("enqueued ", StringComparison.Ordinal))
            {
                last = int.Parse(line["enqueued ".Length..], CultureInfo.InvariantCulture);
                if (last == killAfter)
                {
                    probe.Kill();
                    break;
                }
            }
        }

        await probe.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(last == killAfter, $"the probe stopped before storing report {killAfter}: {await probe.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)}");
        return last;
    }
}
