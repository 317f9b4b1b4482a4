using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Configuration;
using Platform.EdgeAgent.Link;

namespace Platform.EdgeAgent.Tests.Support;

/// <summary>The real agent executable in a child process (<c>run --config FILE --link stdio</c>), killable with SIGKILL.</summary>
internal sealed class AgentProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<AgentReport> _reports = Channel.CreateUnbounded<AgentReport>();
    private readonly System.Collections.Concurrent.ConcurrentQueue<AgentReport> _all = new();

    private AgentProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _reports.Writer.TryComplete();
            }
            else if (e.Data.StartsWith('{') && JsonLinesPlatformLink.ParseReport(e.Data) is { } report)
            {
                _all.Enqueue(report);
                _reports.Writer.TryWrite(report);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Every report the process has written so far, in order (complete once it has exited).</summary>
    public IReadOnlyList<AgentReport> Received => [.. _all];

    /// <summary>Starts the agent on <paramref name="config"/>, with <paramref name="environment"/> added to its environment.</summary>
    public static AgentProcess Start(AgentConfig config, string folder, IReadOnlyDictionary<string, string>? environment = null)
    {
        var configPath = Path.Combine(folder, "agent.json");
        File.WriteAllText(configPath, JsonSerializer.Serialize(config, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var dll = Path.Combine(AppContext.BaseDirectory, "Platform.EdgeAgent.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "run", "--config", configPath, "--link", "stdio"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new AgentProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the agent process"));
    }

    public async Task SendAsync(AgentCommand command)
    {
        await _process.StandardInput.WriteLineAsync(JsonLinesPlatformLink.CommandLine(command));
        await _process.StandardInput.FlushAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Reads reports until one matches; fails after 90 s or if the process exits first.</summary>
    public async Task<T> WaitForAsync<T>(string what, Func<T, bool> match)
        where T : AgentReport
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
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
            throw new TimeoutException($"Timed out waiting for {what}.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The agent process exited while waiting for {what}.");
        }
    }

    /// <summary>SIGKILL: no shutdown code runs in the agent.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}
