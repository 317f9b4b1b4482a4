using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Requests;

namespace Platform.GraphQL.Transport.WebSockets;

/// <summary>One graphql-transport-ws connection: init/ack with the auth hook, ping/pong, subscribe/next/error/complete.</summary>
internal sealed partial class GraphQLWebSocketSession(HttpContext http, GraphQLEngine engine, GraphQLEndpointOptions options)
{
    public const string SubProtocol = "graphql-transport-ws";

    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private WebSocket _socket = null!;
    private bool _initReceived;
    private bool _acknowledged;
    private ClaimsPrincipal? _user;
    private ITimer? _expiryTimer;

    public async Task RunAsync()
    {
        var acceptsProtocol = http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol);
        _socket = await http.WebSockets.AcceptWebSocketAsync(acceptsProtocol ? SubProtocol : null).ConfigureAwait(false);
        if (!acceptsProtocol)
        {
            await CloseAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable").ConfigureAwait(false);
            return;
        }

        using var initTimer = options.TimeProvider.CreateTimer(
            _ =>
            {
                if (!_initReceived)
                {
                    _ = CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
                }
            },
            null,
            options.ConnectionInitTimeout,
            Timeout.InfiniteTimeSpan);
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The peer went away or we closed the socket; operations are cancelled below.
        }
        finally
        {
            if (_expiryTimer is not null)
            {
                await _expiryTimer.DisposeAsync().ConfigureAwait(false);
            }

            await _closing.CancelAsync().ConfigureAwait(false);
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
        {
            var received = await _socket.ReceiveAsync(buffer, _closing.Token).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(WebSocketCloseStatus.NormalClosure, string.Empty).ConfigureAwait(false);
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (message.Length > options.MaxRequestBytes)
            {
                await CloseAsync(CloseCodes.BadRequest, "Message too large").ConfigureAwait(false);
                return;
            }

            if (!received.EndOfMessage)
            {
                continue;
            }

            var bytes = message.ToArray();
            message.SetLength(0);
            if (received.MessageType != WebSocketMessageType.Text)
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
                return;
            }

            await HandleMessageAsync(bytes).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(object message)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message, MessageJson.Options);
        await SendRawAsync(bytes).ConfigureAwait(false);
    }

    private async Task SendRawAsync(byte[] bytes)
    {
        await _sendLock.WaitAsync(_closing.Token).ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, _closing.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private Task CloseAsync(int code, string reason) => CloseAsync((WebSocketCloseStatus)code, reason);

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        var locked = await _sendLock.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(status, reason, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
        finally
        {
            if (locked)
            {
                _sendLock.Release();
            }

            // Stop operations now; keep reading briefly so the client's close reply arrives and Kestrel flushes our close frame.
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync().ConfigureAwait(false);
            }

            _closing.CancelAfter(TimeSpan.FromSeconds(2));
        }
    }
}
