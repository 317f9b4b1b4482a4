using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Platform.GraphQL.Tests.Transport;

/// <summary>graphql-transport-ws on a real Kestrel: the init payload reaches the auth hook, events stream, close codes.</summary>
public sealed class WebSocketTransportTests(SampleHost host) : IClassFixture<SampleHost>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri(host.Endpoint.ToString().Replace("http", "ws", StringComparison.Ordinal)), Token);
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, Token);

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, Token);
        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        return JsonDocument.Parse(buffer.AsMemory(0, result.Count)).RootElement.Clone();
    }

    [Fact]
    public async Task The_init_payload_authenticates_the_connection_for_every_operation()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, """{"type":"connection_init","payload":{"token":"bob"}}""");
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ me }"}}""");
        var next = await ReceiveAsync(socket);
        var complete = await ReceiveAsync(socket);

        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"me":"bob"}}}""", next.GetRawText());
        Assert.Equal("complete", complete.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Completing_a_subscription_stops_its_events()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"connection_init"}""");
        await ReceiveAsync(socket);

        await SendAsync(socket, """{"id":"s","type":"subscribe","payload":{"query":"subscription { bookAdded { title } }"}}""");
        await host.Store.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(10), Token);
        host.Store.Add("Live", "a1", SampleServer.Library.Genre.Fiction);
        var next = await ReceiveAsync(socket);
        await SendAsync(socket, """{"id":"s","type":"complete"}""");
        await SendAsync(socket, """{"type":"ping"}""");
        var pong = await ReceiveAsync(socket);

        Assert.Equal("Live", next.GetProperty("payload").GetProperty("data").GetProperty("bookAdded").GetProperty("title").GetString());
        Assert.Equal("pong", pong.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_rejected_init_payload_closes_with_4403()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, """{"type":"connection_init","payload":{"token":"forbidden"}}""");
        var result = await socket.ReceiveAsync(new byte[1024], Token);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4403, (int)socket.CloseStatus!);
    }

    [Fact]
    public async Task An_unknown_message_type_closes_with_4400()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, """{"type":"hello"}""");
        var result = await socket.ReceiveAsync(new byte[1024], Token);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4400, (int)socket.CloseStatus!);
    }

    [Fact]
    public async Task A_dropped_connection_ends_its_subscriptions()
    {
        var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"connection_init"}""");
        await ReceiveAsync(socket);
        await SendAsync(socket, """{"id":"d","type":"subscribe","payload":{"query":"subscription { bookAdded { title } }"}}""");
        await host.Store.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(10), Token);

        socket.Abort();
        socket.Dispose();

        await host.Store.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10), Token);
    }

    [Fact]
    public async Task A_binary_frame_closes_with_4400()
    {
        using var socket = await ConnectAsync();

        await socket.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, Token);
        var result = await socket.ReceiveAsync(new byte[1024], Token);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4400, (int)socket.CloseStatus!);
    }
}
