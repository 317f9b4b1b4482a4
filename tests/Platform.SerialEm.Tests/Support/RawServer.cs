using System.Net;
using System.Net.Sockets;

namespace Platform.SerialEm.Tests.Support;

/// <summary>A bare TCP server whose every connection runs a test-supplied handler: for misbehaving-SerialEM scenarios.</summary>
internal sealed class RawServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private readonly Task _accept;

    public RawServer(Func<TcpClient, CancellationToken, Task> handler)
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accept = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }

                lock (_connections)
                {
                    _connections.Add(Serve(client, handler));
                }
            }
        });
    }

    public int Port { get; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accept;
        Task[] running;
        lock (_connections)
        {
            running = [.. _connections];
        }

        await Task.WhenAll(running);
        _stop.Dispose();
    }

    private async Task Serve(TcpClient client, Func<TcpClient, CancellationToken, Task> handler)
    {
        using (client)
        {
            try
            {
                await handler(client, _stop.Token);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // the client left
            }
        }
    }
}
