using System.Text.Json;
using System.Threading.Channels;
using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Configuration;
using Platform.EdgeAgent.Link;
using Platform.Testing;

namespace Platform.EdgeAgent.Tests.Support;

/// <summary>The real agent executable in a child process (<c>run --config FILE --link stdio</c>), killable with SIGKILL.</summary>
internal sealed class AgentProcess : IAsyncDisposable
{
    private static readonly TimeSpan _reportDeadline = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan _shutdownGrace = TimeSpan.FromSeconds(30);

    private readonly Channel<AgentReport> _reports;
    private readonly System.Collections.Concurrent.ConcurrentQueue<AgentReport> _all;
    private readonly ChildProcess _process;

    private AgentProcess(ChildProcess process, Channel<AgentReport> reports, System.Collections.Concurrent.ConcurrentQueue<AgentReport> all)
    {
        _process = process;
        _reports = reports;
        _all = all;
    }

    /// <summary>Every report the process has written so far, in order (complete once it has exited).</summary>
    public IReadOnlyList<AgentReport> Received => [.. _all];

    /// <summary>Starts the agent on <paramref name="config"/>, with <paramref name="environment"/> added to its environment.</summary>
    public static AgentProcess Start(AgentConfig config, string folder, IReadOnlyDictionary<string, string>? environment = null)
    {
        var configPath = Path.Combine(folder, "agent.json");
        File.WriteAllText(configPath, JsonSerializer.Serialize(config, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var reports = Channel.CreateUnbounded<AgentReport>();
        var all = new System.Collections.Concurrent.ConcurrentQueue<AgentReport>();
        var dll = Path.Combine(AppContext.BaseDirectory, "Platform.EdgeAgent.dll");
        var process = ChildProcess.Start(new ChildProcessStart("Platform.EdgeAgent", "dotnet", [dll, "run", "--config", configPath, "--link", "stdio"])
        {
            WorkingDirectory = folder,
            Environment = environment ?? new Dictionary<string, string>(),
            RedirectInput = true,
            OnOutputLine = line =>
            {
                if (line is null)
                {
                    reports.Writer.TryComplete();
                }
                else if (line.StartsWith('{') && JsonLinesPlatformLink.ParseReport(line) is { } report)
                {
                    all.Enqueue(report);
                    reports.Writer.TryWrite(report);
                }
            },
        });
        return new AgentProcess(process, reports, all);
    }

    public Task SendAsync(AgentCommand command) => _process.WriteLineAsync(JsonLinesPlatformLink.CommandLine(command));

    /// <summary>Reads reports until one matches; fails after 90 s or if the process exits first.</summary>
    public async Task<T> WaitForAsync<T>(string what, Func<T, bool> match)
        where T : AgentReport
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(_reportDeadline);
        try
        {
            while (true)
            {
                var report = await _reports.Reader.ReadAsync(timeout.Token);
                if (report is T t && match(t))
                {
                    return t;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Timed out waiting for {what}; the agent wrote:\n{_process.Log}");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The agent process exited while waiting for {what}:\n{_process.Log}");
        }
    }

    /// <summary>SIGKILL: no shutdown code runs in the agent.</summary>
    public Task KillAsync() => _process.KillAsync();

    /// <summary>Closes stdin (the stdio link ends and the agent shuts down); SIGKILL if it has not exited within 30 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.CloseInput();
            try
            {
                await _process.WaitForExitAsync(_shutdownGrace);
            }
            catch (TimeoutException)
            {
                await _process.KillAsync();
            }
        }

        await _process.DisposeAsync();
    }
}
