using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Grains.Identity;
using Platform.Identity.Agents;

namespace Platform.Identity.Tests;

/// <summary>
/// The GraphQL endpoint authenticates with the token service's access tokens: over HTTP with the Authorization header, over
/// graphql-transport-ws in <c>connection_init</c> (a bad token closes 4403, and the connection closes 4403 when the token expires).
/// </summary>
public sealed class GraphQLAuthenticationTests
{
    private const string Subprotocol = "graphql-transport-ws";

    [Fact]
    public async Task Over_HTTP_no_token_is_unauthenticated_a_bad_token_is_401_and_a_member_sees_their_facility()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        await host.CreateUserAsync("staff@a.test", (IdentityHost.FacilityId, FacilityRole.Staff));
        var token = await host.AccessTokenAsync("staff@a.test");
        var query = new { query = $$"""{ facility(key: "{{IdentityHost.FacilityId}}") { key } other: facility(key: "{{IdentityHost.OtherFacilityId}}") { key } }""" };

        var (_, anonymous) = await host.SendAsync(HttpMethod.Post, "/graphql", null, query);
        Assert.Equal("UNAUTHENTICATED", anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("data").GetProperty("facility").ValueKind);

        var (badStatus, _) = await host.SendAsync(HttpMethod.Post, "/graphql", token[..^4] + "AAAA", query);
        Assert.Equal(401, badStatus);

        var (status, member) = await host.SendAsync(HttpMethod.Post, "/graphql", token, query);
        Assert.Equal(200, status);
        Assert.False(member.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(IdentityHost.FacilityId, member.GetProperty("data").GetProperty("facility").GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Null, member.GetProperty("data").GetProperty("other").ValueKind);
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("Basic c2VjcmV0")]
    [InlineData(42)]
    public async Task A_WebSocket_connection_init_with_a_bad_credential_is_closed_4403(object authorization)
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        using var socket = await ConnectAsync(host, new { authorization });

        var (type, closeStatus) = await ReceiveAsync(socket);

        Assert.Null(type);
        Assert.Equal(4403, closeStatus);
    }

    [Fact]
    public async Task An_agent_subscribes_for_its_microscope_only_and_is_closed_4403_when_its_token_expires()
    {
        await using var host = await IdentityHost.StartSqliteAsync();
        var secret = await host.WithScopeAsync(async services =>
            (await services.GetRequiredService<AgentCredentials>().RegisterAsync(IdentityHost.FacilityId, IdentityHost.MicroscopeId, "admin", "agent-a")).ClientSecret);
        var (status, body) = await host.PostFormAsync("/connect/token", ("grant_type", "client_credentials"), ("client_id", "agent-a"), ("client_secret", secret));
        Assert.Equal(200, status);
        using var socket = await ConnectAsync(host, new { authorization = $"Bearer {body.GetProperty("access_token").GetString()}" });
        Assert.Equal(("connection_ack", (int?)null), await ReceiveAsync(socket));

        await SendAsync(socket, new { id = "other", type = "subscribe", payload = new { query = $$"""subscription { agentCommands(microscopeId: "{{IdentityHost.OtherMicroscopeId}}") { sequence } }""" } });
        var refused = await ReceiveJsonAsync(socket);
        Assert.Equal("error", refused.GetProperty("type").GetString());
        Assert.Equal("UNKNOWN_MICROSCOPE", refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        await SendAsync(socket, new { id = "own", type = "subscribe", payload = new { query = $$"""subscription { agentCommands(microscopeId: "{{IdentityHost.MicroscopeId}}") { sequence } }""" } });
        await SendAsync(socket, new { type = "ping" });
        Assert.Equal(("pong", (int?)null), await ReceiveAsync(socket));

        host.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(((string?)null, (int?)4403), await ReceiveAsync(socket));
    }

    private static async Task<ClientWebSocket> ConnectAsync(IdentityHost host, object initPayload)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(Subprotocol);
        var uri = new UriBuilder(host.Http.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri;
        await socket.ConnectAsync(uri, TestContext.Current.CancellationToken);
        await SendAsync(socket, new { type = "connection_init", payload = initPayload });
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, TestContext.Current.CancellationToken);

    /// <summary>The next message's type, or null and the close status when the server closed the connection.</summary>
    private static async Task<(string? Type, int? CloseStatus)> ReceiveAsync(ClientWebSocket socket)
    {
        var message = await ReceiveRawAsync(socket);
        return message is null ? (null, (int?)socket.CloseStatus) : (JsonDocument.Parse(message).RootElement.GetProperty("type").GetString(), null);
    }

    private static async Task<JsonElement> ReceiveJsonAsync(ClientWebSocket socket) =>
        JsonDocument.Parse(await ReceiveRawAsync(socket) ?? throw new InvalidOperationException($"closed with {socket.CloseStatus}")).RootElement.Clone();

    private static async Task<string?> ReceiveRawAsync(ClientWebSocket socket)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            text.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(text.ToArray());
            }
        }
    }
}
