using System.Net.Sockets;
using System.Text;
using Platform.EdgeAgent.Service;
using Platform.EdgeAgent.Tests.Support;

namespace Platform.EdgeAgent.Tests.Hosting;

/// <summary>The agent under a systemd <c>Type=notify</c> unit: READY=1 once up, STOPPING=1 when it stops (sd_notify over NOTIFY_SOCKET).</summary>
public sealed class SystemdNotifyTests
{
    [Fact]
    public async Task The_agent_process_notifies_systemd_ready_with_a_status_line_and_stopping_when_its_link_ends()
    {
        await using var bench = new ScopeBench();
        var socketPath = Path.Combine(bench.Folder, "notify.sock");
        using var systemd = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        systemd.Bind(new UnixDomainSocketEndPoint(socketPath));

        var agent = AgentProcess.Start(bench.Config, bench.Folder, new Dictionary<string, string> { ["NOTIFY_SOCKET"] = socketPath });
        var ready = await ReceiveAsync(systemd);
        await agent.DisposeAsync(); // closes stdin: the link ends and the agent stops
        var stopping = await ReceiveAsync(systemd);

        Assert.StartsWith("READY=1\nSTATUS=agent for ", ready, StringComparison.Ordinal);
        Assert.Equal("STOPPING=1", stopping);
    }

    [Fact]
    public void Without_NOTIFY_SOCKET_nothing_is_sent_and_an_unreachable_socket_is_reported_not_thrown()
    {
        Assert.False(new SystemdNotifier(null).NotifyReady("up"));
        Assert.False(new SystemdNotifier("").IsActive);
        Assert.False(new SystemdNotifier(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid() + ".sock")).NotifyStopping());
    }

    [Fact]
    public async Task An_abstract_socket_name_starting_with_at_is_reached()
    {
        var name = "platform-agent-test-" + Guid.NewGuid();
        using var systemd = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        systemd.Bind(new UnixDomainSocketEndPoint("\0" + name));

        Assert.True(new SystemdNotifier("@" + name).Send("WATCHDOG=1"));
        Assert.Equal("WATCHDOG=1", await ReceiveAsync(systemd));
    }

    private static async Task<string> ReceiveAsync(Socket socket)
    {
        var buffer = new byte[4096];
        var read = await socket.ReceiveAsync(buffer, SocketFlags.None, TestContext.Current.CancellationToken).AsTask()
            .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
