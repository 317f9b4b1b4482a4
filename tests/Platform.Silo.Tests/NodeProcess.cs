using System.Diagnostics;
using System.Threading.Channels;
using Platform.Testing;

namespace Platform.Silo.Tests;

/// <summary>A runtime node in a child process (tests/Platform.Silo.Tests.Node), driven over stdin/stdout and killable with SIGKILL.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _replies = Channel.CreateUnbounded<string>();
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly SemaphoreSlim _oneCommand = new(1, 1);

    private NodeProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _replies.Writer.TryComplete();
                _events.Writer.TryComplete();
            }
            else if (e.Data.StartsWith("event ", StringComparison.Ordinal))
            {
                _events.Writer.TryWrite(e.Data);
            }
            else
            {
                _replies.Writer.TryWrite(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static async Task<NodeProcess> StartAsync(string storage, string connection, string nodeId)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "tests", "Platform.Silo.Tests.Node", "bin", configuration, "net10.0", "Platform.Silo.Tests.Node.dll");
        var start = new ProcessStartInfo("dotnet", [dll, storage, connection, nodeId])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var node = new NodeProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the node process"));
        var ready = await node.NextReplyAsync($"node {nodeId} to start");
        Assert.Equal($"ready {nodeId}", ready);
        return node;
    }

    /// <summary>Sends one command and returns its reply line (without the leading "ok ").</summary>
    public async Task<string> SendAsync(string command)
    {
        await _oneCommand.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            await _process.StandardInput.WriteLineAsync(command);
            await _process.StandardInput.FlushAsync(TestContext.Current.CancellationToken);
            var reply = await NextReplyAsync($"the reply to '{command}'");
            Assert.StartsWith("ok", reply);
            return reply.Length > 3 ? reply[3..] : "";
        }
        finally
        {
            _oneCommand.Release();
        }
    }

    /// <summary>Sends a command whose reply is not awaited (the process may be killed before it answers).</summary>
    public async Task SendWithoutWaitingAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync(TestContext.Current.CancellationToken);
    }

    public Task<string> NextReplyAsync(string what) => ReadAsync(_replies, what);

    public Task<string> NextEventAsync(string what) => ReadAsync(_events, what);

    private static async Task<string> ReadAsync(Channel<string> lines, string what)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            return await lines.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Timed out waiting for {what}.");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The node process exited while waiting for {what}.");
        }
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await _process.StandardInput.WriteLineAsync("quit");
                await _process.StandardInput.FlushAsync();
                await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        _oneCommand.Dispose();
    }
}
