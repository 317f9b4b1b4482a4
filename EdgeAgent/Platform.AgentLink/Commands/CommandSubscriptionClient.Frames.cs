using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.AgentLink.Connection;

namespace Platform.AgentLink.Commands;

/// <summary>WebSocket framing of the command connection: whole text messages in and out, and the ping/pong watchdog.</summary>
public sealed partial class CommandSubscriptionClient
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    private readonly SemaphoreSlim _sendLock = new(1, 1);

    private async Task SendAsync(ClientWebSocket socket, JsonObject message, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next whole message, or null when the server closed the connection.</summary>
    private static async Task<JsonElement?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > MaxMessageBytes)
            {
                throw new PlatformUnavailableException($"A command message exceeded {MaxMessageBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                try
                {
                    return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                }
                catch (JsonException error)
                {
                    throw new PlatformUnavailableException("The platform sent a command message that is not JSON.", error);
                }
            }
        }
    }

    /// <summary>Pings every interval; when the previous ping got no pong, cancels the connection so the caller reconnects.</summary>
    private async Task PingAsync(ClientWebSocket socket, PongWatch pongs, CancellationTokenSource connection)
    {
        try
        {
            while (!connection.IsCancellationRequested)
            {
                await Task.Delay(pingInterval, time, connection.Token).ConfigureAwait(false);
                if (!pongs.AnsweredSinceLastPing())
                {
                    await connection.CancelAsync().ConfigureAwait(false);
                    return;
                }

                pongs.Pinged();
                await SendAsync(socket, new JsonObject { ["type"] = "ping" }, connection.Token).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is ending; the reader sees it too.
        }
    }

    /// <summary>Whether the server answered the last ping.</summary>
    private sealed class PongWatch(TimeProvider time)
    {
        private long _pinged;
        private long _answered;

        public DateTimeOffset LastPongUtc { get; private set; } = time.GetUtcNow();

        public void Pinged() => Interlocked.Increment(ref _pinged);

        public void Received()
        {
            Interlocked.Exchange(ref _answered, Interlocked.Read(ref _pinged));
            LastPongUtc = time.GetUtcNow();
        }

        public bool AnsweredSinceLastPing() => Interlocked.Read(ref _answered) >= Interlocked.Read(ref _pinged);
    }
}
