using System.Threading.Channels;
using Platform.Testing;

namespace Platform.Silo.Tests;

/// <summary>A runtime node in a child process (tests/Platform.Silo.Tests.Node), driven over stdin/stdout and killable with SIGKILL.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private static readonly TimeSpan _replyDeadline = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan _quitGrace = TimeSpan.FromSeconds(30);

    private readonly ChildProcess _process;
    private readonly Channel<string> _replies;
    private readonly Channel<string> _events;
    private readonly SemaphoreSlim _oneCommand = new(1, 1);

    private NodeProcess(ChildProcess process, Channel<string> replies, Channel<string> events)
    {
        _process = process;
        _replies = replies;
        _events = events;
    }

    public static async Task<NodeProcess> StartAsync(string storage, string connection, string nodeId)
    {
        var replies = Channel.CreateUnbounded<string>();
        var events = Channel.CreateUnbounded<string>();
        var process = ChildProcess.Start(ChildProcessStart.Project(Path.Combine("tests", "Platform.Silo.Tests.Node"), storage, connection, nodeId) with
        {
            RedirectInput = true,
            OnOutputLine = line =>
            {
                if (line is null)
                {
                    replies.Writer.TryComplete();
                    events.Writer.TryComplete();
                }
                else
                {
                    (line.StartsWith("event ", StringComparison.Ordinal) ? events : replies).Writer.TryWrite(line);
                }
            },
        });
        var node = new NodeProcess(process, replies, events);
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
            await _process.WriteLineAsync(command);
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
    public Task SendWithoutWaitingAsync(string command) => _process.WriteLineAsync(command);

    public Task<string> NextReplyAsync(string what) => ReadAsync(_replies, what);

    public Task<string> NextEventAsync(string what) => ReadAsync(_events, what);

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public Task KillAsync() => _process.KillAsync();

    /// <summary>Asks the node to quit; SIGKILL if it cannot be asked or has not exited within 30 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await _process.WriteLineAsync("quit");
                await _process.WaitForExitAsync(_quitGrace);
            }
            catch (Exception ex) when (ex is IOException or TimeoutException or OperationCanceledException)
            {
                await _process.KillAsync();
            }
        }

        await _process.DisposeAsync();
        _oneCommand.Dispose();
    }

    private async Task<string> ReadAsync(Channel<string> lines, string what)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(_replyDeadline);
        try
        {
            return await lines.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Timed out waiting for {what}; the node wrote:\n{_process.Log}");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The node process exited while waiting for {what}:\n{_process.Log}");
        }
    }
}
