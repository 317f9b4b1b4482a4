using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.AgentLink.Commands;
using Platform.AgentLink.Connection;
using Platform.AgentLink.Contracts;
using Platform.AgentLink.Outbox;
using Platform.AgentLink.Sending;

namespace Platform.AgentLink;

/// <summary>
/// <see cref="IPlatformLink"/> over the platform's GraphQL agent API. Reports go through a durable SQLite outbox
/// (<see cref="EnqueueAsync"/> returns once the row is fsynced) drained in order by a background sender; commands come
/// from the <c>agentCommands</c> subscription over graphql-transport-ws, resumed after the last command the consumer
/// finished (persisted when it asks for the next one); a heartbeat keeps the microscope's agent status fresh.
/// Start with <see cref="Start"/>, stop with <see cref="DisposeAsync"/>.
/// </summary>
public sealed partial class GraphQLPlatformLink : IPlatformLink, IAsyncDisposable
{
    public const string LastProcessedCommand = "last_processed_command_sequence";

    private readonly PlatformLinkOptions _options;
    private readonly LinkDatabase _database;
    private readonly HttpClient _http;
    private readonly GraphQLHttpClient _graphQL;
    private readonly ReportSender _sender;
    private readonly CommandSubscriptionClient _commands;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _sending;
    private readonly Task _heartbeat;

    private GraphQLPlatformLink(PlatformLinkOptions options, IAccessTokenProvider tokens, TimeProvider time, ILogger logger, HttpMessageHandler? handler)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _database = LinkDatabase.Open(options.DatabasePath, options.MaxDatabasePages);
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _graphQL = new GraphQLHttpClient(_http, options.GraphQLEndpoint, tokens, options.RequestTimeout);
        _sender = new ReportSender(_database, new ReportDelivery(_graphQL, options.MicroscopeId), options, time, logger);
        _commands = new CommandSubscriptionClient(WebSocketEndpoint(options.GraphQLEndpoint), tokens, options.PingInterval, time);
        _sending = Task.Run(() => RunUntilStoppedAsync(_sender.RunAsync));
        _heartbeat = Task.Run(() => RunUntilStoppedAsync(HeartbeatAsync));
    }

    /// <summary>Reports stored and not yet acknowledged by the platform.</summary>
    public long PendingReports => _database.Count();

    /// <summary>Reports the platform acknowledged since this link started.</summary>
    public long DeliveredReports => _sender.Delivered;

    /// <summary>Reports the platform refused for good, with its code and message (kept for the operator).</summary>
    public IReadOnlyList<(string IdempotencyKey, string Code, string Message)> RefusedReports => _database.RefusedReports();

    /// <summary>Completes once every stored report has been acknowledged (or refused) by the platform.</summary>
    public Task WhenDeliveredAsync(CancellationToken cancellationToken) => _sender.WhenDrainedAsync(cancellationToken);

    /// <summary>Opens the link database (creating it) and starts sending and heartbeats; commands flow once <see cref="CommandsAsync"/> is enumerated.</summary>
    public static GraphQLPlatformLink Start(PlatformLinkOptions options, IAccessTokenProvider tokens, TimeProvider? time = null, ILogger? logger = null, HttpMessageHandler? handler = null) =>
        new(options, tokens, time ?? TimeProvider.System, logger ?? NullLogger.Instance, handler);

    /// <summary>Stores the report durably (fsynced) and wakes the sender. Throws <see cref="OutboxFullException"/> when the disk is full.</summary>
    public async ValueTask EnqueueAsync(AgentReport report, CancellationToken cancellationToken)
    {
        var (kind, input) = ReportCodec.Encode(report);
        await Task.Run(() => _database.Enqueue(kind, report.IdempotencyKey, input.ToJsonString()), cancellationToken).ConfigureAwait(false);
        _sender.Wake();
    }

    public async IAsyncEnumerable<AgentCommand> CommandsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        var token = linked.Token;
        var processed = _database.ReadState(LastProcessedCommand) ?? 0;
        var retry = new RetryDelay(_options.RetryInitialDelay, _options.RetryMaxDelay);
        while (!token.IsCancellationRequested)
        {
            var connection = _commands.ReadAsync(_options.MicroscopeId, processed + 1, token).GetAsyncEnumerator(token);
            try
            {
                while (await NextAsync(connection, token).ConfigureAwait(false) is { } next)
                {
                    retry.Reset();
                    var sequence = next.GetProperty("sequence").GetInt64();
                    if (sequence <= processed)
                    {
                        continue;
                    }

                    if (Decode(next) is { } command)
                    {
                        yield return command;
                    }

                    // The consumer asked for the next command: this one is processed; never deliver it again.
                    processed = sequence;
                    _database.WriteState(LastProcessedCommand, processed);
                }
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            await Task.Delay(retry.Next(), _time, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_sending, _heartbeat).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _http.Dispose();
        _database.Dispose();
        _stopping.Dispose();
    }

    private static Uri WebSocketEndpoint(Uri graphQL) =>
        new UriBuilder(graphQL) { Scheme = graphQL.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" }.Uri;
}
