using System.Net.Sockets;
using System.Text;

namespace Platform.EdgeAgent.Service;

/// <summary>
/// systemd's service notification protocol (sd_notify(3)): datagrams such as <c>READY=1</c> and <c>STOPPING=1</c> sent to the
/// unix socket named by <c>NOTIFY_SOCKET</c>, so a <c>Type=notify</c> unit is "started" only once the agent is really up. Does
/// nothing when <c>NOTIFY_SOCKET</c> is unset (not under systemd, or another unit type). A leading <c>@</c> names an abstract socket.
/// </summary>
public sealed class SystemdNotifier
{
    private readonly string? _socketPath;

    public SystemdNotifier(string? notifySocket)
    {
        _socketPath = string.IsNullOrEmpty(notifySocket) ? null : notifySocket[0] == '@' ? "\0" + notifySocket[1..] : notifySocket;
    }

    /// <summary>The notifier for this process's environment.</summary>
    public static SystemdNotifier FromEnvironment() => new(Environment.GetEnvironmentVariable("NOTIFY_SOCKET"));

    public bool IsActive => _socketPath is not null;

    /// <summary>Tells systemd the service has started (<c>READY=1</c>) with a status line for <c>systemctl status</c>.</summary>
    public bool NotifyReady(string status) => Send($"READY=1\nSTATUS={status}");

    /// <summary>Tells systemd the service is stopping (<c>STOPPING=1</c>).</summary>
    public bool NotifyStopping() => Send("STOPPING=1");

    /// <summary>Sends one notification; false when inactive or the socket cannot be reached (never throws: a service must not die of it).</summary>
    public bool Send(string state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (_socketPath is null)
        {
            return false;
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(_socketPath));
            socket.Send(Encoding.UTF8.GetBytes(state));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
