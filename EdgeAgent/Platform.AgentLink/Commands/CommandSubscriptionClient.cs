using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.AgentLink.Connection;

namespace Platform.AgentLink.Commands;

/// <summary>
/// One <c>graphql-transport-ws</c> connection to the platform's <c>agentCommands</c> subscription: connection_init with the
/// bearer token, subscribe from a sequence, answer pings, ping the server and drop the connection when no pong comes back.
/// Yields each command's JSON; ends (or throws) when the connection does, and the caller reconnects.
/// </summary>
public sealed partial class CommandSubscriptionClient(Uri webSocketEndpoint, IAccessTokenProvider tokens, TimeSpan pingInterval, TimeProvider time)
{
    public const string Subscription = """
        subscription Commands($microscopeId: ID!, $fromSequence: Int!) {
          agentCommands(microscopeId: $microscopeId, fromSequence: $fromSequence) {
            sequence commandId sessionId kind issuedAt pauseBetweenGrids pauseAnswer gridPosition removedTargetIds
            track trackAction sessionName
            trackSettings {
              pixelSizeAngstrom voltageKilovolts sphericalAberrationMillimetres amplitudeContrast particleRadiusAngstrom
              dosePerFrameElectronsPerSquareAngstrom gainReferencePath
            }
            addedTargets { targetId parentTargetId level stageXMicrons stageYMicrons imageXPixels imageYPixels score label selected bisGroup }
            plan {
              sessionName facilityId microscopeId pauseBetweenGrids
              grids { position name holeType meshSize meshMaterial protocol state }
              settings {
                atlasTilesX atlasTilesY squaresNum holesPerSquare bisMaxDistanceMicrons minBisGroupSize
                targetDefocusMinMicrons targetDefocusMaxMicrons stepDefocusMicrons driftCritAngstromPerSecond tiltAngleDegrees
                saveFrames offsetTargeting offsetDistanceMicrons zerolossDelayHours multishotPerHole exposureTimeSeconds
              }
            }
          }
        }
        """;

    public async IAsyncEnumerable<JsonElement> ReadAsync(string microscopeId, long fromSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await socket.ConnectAsync(webSocketEndpoint, connection.Token).ConfigureAwait(false);
        var token = await tokens.GetAccessTokenAsync(connection.Token).ConfigureAwait(false);
        var init = new JsonObject { ["type"] = "connection_init" };
        if (token is not null)
        {
            init["payload"] = new JsonObject { ["Authorization"] = $"Bearer {token}" };
        }

        await SendAsync(socket, init, connection.Token).ConfigureAwait(false);
        using (var ackTimeout = CancellationTokenSource.CreateLinkedTokenSource(connection.Token))
        {
            ackTimeout.CancelAfter(TimeSpan.FromSeconds(10));
            var ack = await ReceiveAsync(socket, ackTimeout.Token).ConfigureAwait(false);
            if (ack?.GetProperty("type").GetString() != "connection_ack")
            {
                throw new PlatformUnavailableException("The platform did not acknowledge the command connection.");
            }
        }

        await SendAsync(socket, new JsonObject
        {
            ["id"] = "commands",
            ["type"] = "subscribe",
            ["payload"] = new JsonObject
            {
                ["query"] = Subscription,
                ["variables"] = new JsonObject { ["microscopeId"] = microscopeId, ["fromSequence"] = checked((int)fromSequence) },
            },
        }, connection.Token).ConfigureAwait(false);
        var pongs = new PongWatch(time);
        var pinger = PingAsync(socket, pongs, connection);
        try
        {
            while (await ReceiveAsync(socket, connection.Token).ConfigureAwait(false) is { } message)
            {
                switch (message.GetProperty("type").GetString())
                {
                    case "next":
                        yield return message.GetProperty("payload").GetProperty("data").GetProperty("agentCommands");
                        break;
                    case "ping":
                        await SendAsync(socket, new JsonObject { ["type"] = "pong" }, connection.Token).ConfigureAwait(false);
                        break;
                    case "pong":
                        pongs.Received();
                        break;
                    case "error":
                        throw new PlatformRefusedException(ErrorCode(message), $"The platform refused the command subscription: {message.GetProperty("payload")}");
                    case "complete":
                        yield break;
                }
            }
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
            await pinger.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static string ErrorCode(JsonElement message) =>
        message.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Array && payload.GetArrayLength() > 0
        && payload[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "";
}
