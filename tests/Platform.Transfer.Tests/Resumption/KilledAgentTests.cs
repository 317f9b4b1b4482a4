using System.Diagnostics;
using System.Globalization;
using Platform.Testing;
using Platform.Transfer.Queue;
using Platform.Transfer.Tests.Fixtures;

namespace Platform.Transfer.Tests.Resumption;

public sealed class KilledAgentTests(AzuriteServer azurite) : IDisposable
{
    private const int BlockBytes = 32 * 1024;
    private const int Blocks = 96;
    private readonly HttpClient _http = new();
    private readonly TempFolder _work = new();
    private readonly TempFolder _frames = new();

    public void Dispose()
    {
        _http.Dispose();
        _work.Dispose();
        _frames.Dispose();
    }

    [Fact]
    public async Task An_agent_killed_mid_upload_resumes_from_the_blocks_storage_holds_and_resends_less_than_the_file()
    {
        var token = TestContext.Current.CancellationToken;
        var container = "k" + Guid.NewGuid().ToString("N")[..12];
        var platform = await azurite.CreateContainerAsync(_http, container, token);
        var queuePath = _work.File("queue.db");
        var frames = _frames.Path;
        var content = File.ReadAllBytes(_frames.Write("movie.tif", Blocks * BlockBytes, seed: 9));

        long sentBeforeKill;
        using (var agent = StartAgent(queuePath, frames, container))
        {
            sentBeforeKill = await SentWhenKilledAsync(agent, atLeastBytes: Blocks / 4 * BlockBytes);
        }

        using (var queue = TransferQueue.Open(queuePath, TimeProvider.System))
        {
            var interrupted = queue.Find("movie.tif")!;
            Assert.Equal(TransferState.Started, interrupted.State);
            Assert.True(queue.Blocks(interrupted.Id).Count >= Blocks / 4, "blocks recorded before the kill");
        }

        var grants = new AzuriteGrantSource(_http, azurite.Options(container), AzuriteServer.AccountKey, "fac/s1/", TimeSpan.FromHours(1), TimeProvider.System);
        await using var restarted = new TrackHarness(grants, new Uploading.UploadSettings { BlockSizeBytes = BlockBytes, Parallelism = 2 }, queuePath);
        await restarted.Track.RestartAsync(restarted.Options with { Watch = restarted.Options.Watch with { FolderPath = frames } }, token);
        var done = await restarted.Reporter.CompletedAsync("movie.tif");

        Assert.True(done.Result.BytesReused >= sentBeforeKill - (2 * BlockBytes), $"reused {done.Result.BytesReused} of {sentBeforeKill} sent before the kill");
        Assert.True(done.Result.BytesSent < content.Length, $"re-sent {done.Result.BytesSent} bytes of {content.Length}");
        Assert.Equal(content.Length, done.Result.BytesSent + done.Result.BytesReused);
        Assert.Equal(2, done.Item.Attempts);
        Assert.Equal(content, await TrackHarness.ReadAsync(platform, "fac/s1/movie.tif"));
    }

    private Process StartAgent(string queuePath, string frames, string container)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "tests", "Platform.Transfer.Tests.Agent", "bin", configuration, "net10.0", "Platform.Transfer.Tests.Agent.dll");
        var startInfo = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { dll, queuePath, frames, azurite.AccountUri.ToString(), container, "fac/s1/", BlockBytes.ToString(CultureInfo.InvariantCulture), "30" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not start the transfer agent child");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    // Reads the child's progress lines until it has sent enough, then SIGKILLs it (no chance to clean up).
    private static async Task<long> SentWhenKilledAsync(Process agent, long atLeastBytes)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (await agent.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var parts = line.Split(' ');
            Assert.NotEqual("completed", parts[0]);
            if (parts[0] == "progress" && long.Parse(parts[1], CultureInfo.InvariantCulture) >= atLeastBytes)
            {
                agent.Kill(entireProcessTree: true);
                await agent.WaitForExitAsync(TestContext.Current.CancellationToken);
                return long.Parse(parts[1], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"the agent exited ({agent.ExitCode}) before sending {atLeastBytes} bytes");
    }
}
