using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Platform.AgentLink.Commands;
using Platform.AgentLink.Connection;
using Platform.AgentLink.Contracts;

namespace Platform.AgentLink;

/// <summary>The link's background work: the heartbeat, and reading the command connection without letting its failures escape.</summary>
public sealed partial class GraphQLPlatformLink
{
    private const string HeartbeatMutation = "mutation Heartbeat($microscopeId: ID!) { agentHeartbeat(microscopeId: $microscopeId) }";

    private async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await _graphQL.ExecuteAsync(HeartbeatMutation, new JsonObject { ["microscopeId"] = _options.MicroscopeId }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is PlatformUnavailableException or PlatformRefusedException)
            {
                _logger.LogDebug("Heartbeat not delivered: {Message}", error.Message);
            }

            await Task.Delay(_options.HeartbeatInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The next command's JSON, or null when the connection ended or failed (the caller reconnects).</summary>
    private async Task<JsonElement?> NextAsync(IAsyncEnumerator<JsonElement> connection, CancellationToken cancellationToken)
    {
        try
        {
            return await connection.MoveNextAsync().ConfigureAwait(false) ? connection.Current : null;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Command connection lost: {Message}", error.Message);
            return null;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private AgentCommand? Decode(JsonElement command)
    {
        try
        {
            return CommandCodec.Decode(command) ?? Unknown(command);
        }
        catch (Exception error) when (error is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            _logger.LogError("Skipping a malformed command {Command}: {Message}", command.GetRawText(), error.Message);
            return null;
        }
    }

    private AgentCommand? Unknown(JsonElement command)
    {
        _logger.LogWarning("Skipping a command of a kind this agent does not know: {Command}", command.GetRawText());
        return null;
    }

    private async Task RunUntilStoppedAsync(Func<CancellationToken, Task> loop)
    {
        try
        {
            await loop(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
