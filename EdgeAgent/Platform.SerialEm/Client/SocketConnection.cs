using System.Net.Sockets;
using Platform.SerialEm.Protocol;

namespace Platform.SerialEm.Client;

/// <summary>One TCP connection to SerialEM; remembers whether the current request has left this machine.</summary>
internal sealed class SocketConnection : IDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly int _maximumPacketBytes;

    private SocketConnection(TcpClient tcp, int maximumPacketBytes)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        _maximumPacketBytes = maximumPacketBytes;
    }

    /// <summary>Set once any byte of the current request may have been written.</summary>
    public bool RequestSent { get; private set; }

    public static async Task<SocketConnection> OpenAsync(SerialEmClientOptions options, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.ConnectTimeout);
            await tcp.ConnectAsync(options.Host, options.Port, timeout.Token).ConfigureAwait(false);
            return new SocketConnection(tcp, options.MaximumPacketBytes);
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    /// <summary>
    /// True when the peer has closed its side (readable with nothing to read) while we were idle. Checking sends nothing,
    /// so reconnecting afterwards is safe even before a stage move.
    /// </summary>
    public bool PeerClosedWhileIdle()
    {
        try
        {
            var socket = _tcp.Client;
            return !socket.Connected || (socket.Poll(0, SelectMode.SelectRead) && socket.Available == 0);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            return true;
        }
    }

    /// <summary>Bytes that arrived while no request was outstanding: the stream is out of step.</summary>
    public int UnsolicitedBytes => _tcp.Client.Available;

    public void BeginRequest() => RequestSent = false;

    public async Task SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        RequestSent = true;
        await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one whole packet; a close before it is an <see cref="IOException"/>.</summary>
    public async Task<byte[]> ReceivePacketAsync(CancellationToken cancellationToken) =>
        await PacketFraming.ReadPacketAsync(_stream, _maximumPacketBytes, cancellationToken).ConfigureAwait(false)
        ?? throw new IOException("SerialEM closed the connection before replying.");

    public Task ReceiveExactlyAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        PacketFraming.ReadExactlyAsync(_stream, buffer, cancellationToken);

    public void Dispose()
    {
        _stream.Dispose();
        _tcp.Dispose();
    }
}
