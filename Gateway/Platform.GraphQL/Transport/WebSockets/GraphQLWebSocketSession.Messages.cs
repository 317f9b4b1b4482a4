using System.Buffers;
using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;

namespace Platform.GraphQL.Transport.WebSockets;

/// <summary>Dispatching protocol messages (graphql-ws PROTOCOL.md) and running operations.</summary>
internal sealed partial class GraphQLWebSocketSession
{
    private async Task HandleMessageAsync(byte[] bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
                return;
            }

            var payload = root.TryGetProperty("payload", out var p) ? p : default;
            switch (typeElement.GetString())
            {
                case "connection_init":
                    await InitAsync(payload).ConfigureAwait(false);
                    break;
                case "ping":
                    await SendAsync(payload.ValueKind == JsonValueKind.Object ? new { type = "pong", payload } : new { type = "pong" }).ConfigureAwait(false);
                    break;
                case "pong":
                    break;
                case "subscribe":
                    await SubscribeAsync(root, payload).ConfigureAwait(false);
                    break;
                case "complete":
                    if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && _operations.TryRemove(id.GetString()!, out var operation))
                    {
                        await operation.CancelAsync().ConfigureAwait(false);
                    }

                    break;
                default:
                    await CloseAsync(CloseCodes.BadRequest, $"Invalid message type \"{typeElement.GetString()}\"").ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task InitAsync(JsonElement payload)
    {
        if (_initReceived)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        _initReceived = true;
        if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid connection_init payload").ConfigureAwait(false);
            return;
        }

        var initPayload = payload.ValueKind == JsonValueKind.Object ? JsonInput.ToMap(payload) : null;
        var auth = await options.Authenticate(http, initPayload, _closing.Token).ConfigureAwait(false);
        if (auth.IsRejected)
        {
            await CloseAsync(CloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return;
        }

        _user = auth.User;
        if (auth.ExpiresAt is { } expiresAt)
        {
            // The credential's end ends the connection: the client reconnects with a fresh token (graphql-ws close 4403).
            var remaining = expiresAt - options.TimeProvider.GetUtcNow();
            _expiryTimer = options.TimeProvider.CreateTimer(_ => _ = CloseAsync(CloseCodes.Forbidden, "Forbidden: the access token expired"), null, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }

        _acknowledged = true;
        await SendAsync(new { type = "connection_ack" }).ConfigureAwait(false);
    }

    private async Task SubscribeAsync(JsonElement root, JsonElement payload)
    {
        if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || idElement.GetString() is not { Length: > 0 } id)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: subscribe needs an id").ConfigureAwait(false);
            return;
        }

        var read = payload.ValueKind == JsonValueKind.Object ? HttpRequestReader.FromJson(payload) : HttpReadResult.Bad("subscribe needs a payload object");
        if (read.Request is null)
        {
            await CloseAsync(CloseCodes.BadRequest, $"Invalid message received: {read.Error}").ConfigureAwait(false);
            return;
        }

        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        var operation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        if (_operations.Count > options.MaxOperationsPerConnection)
        {
            _operations.TryRemove(id, out _);
            operation.Dispose();
            await SendErrorAsync(id, [GraphQLError.WithCode("Too many operations on this connection.", ErrorCodes.BadUserInput)]).ConfigureAwait(false);
            return;
        }

        // Operations run concurrently with the receive loop so that "complete" and new subscribes are read meanwhile.
        _ = RunOperationAsync(id, read.Request, operation);
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource operation)
    {
        var token = operation.Token;
        try
        {
            var requestOptions = new RequestOptions { Services = http.RequestServices, User = _user };
            var started = await engine.SubscribeAsync(request, requestOptions, token).ConfigureAwait(false);
            if (started.Failure is not null)
            {
                await SendErrorAsync(id, started.Failure.Errors).ConfigureAwait(false);
                return;
            }

            await foreach (var result in started.Results!.WithCancellation(token).ConfigureAwait(false))
            {
                await SendRawAsync(Frame("next", id, result)).ConfigureAwait(false);
            }

            if (!token.IsCancellationRequested)
            {
                await SendAsync(new { type = "complete", id }).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client completed the operation or the connection closed.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            engine.Options.OnResolverException?.Invoke(exception, FieldPath.Root(id));
            await SendErrorAsync(id, [GraphQLError.WithCode("The subscription's event stream failed.", ErrorCodes.InternalError)]).ConfigureAwait(false);
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, operation));
            operation.Dispose();
        }
    }

    private async Task SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ResultWriter.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", "error");
            writer.WritePropertyName("payload");
            ResultWriter.WriteErrors(writer, errors);
            writer.WriteEndObject();
        }

        await SendRawAsync(buffer.WrittenSpan.ToArray()).ConfigureAwait(false);
    }

    private static byte[] Frame(string type, string id, ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ResultWriter.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", type);
            writer.WritePropertyName("payload");
            ResultWriter.Write(writer, result);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
