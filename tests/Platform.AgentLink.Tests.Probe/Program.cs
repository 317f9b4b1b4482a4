using System.Globalization;
using Platform.AgentLink;
using Platform.AgentLink.Connection;
using Platform.AgentLink.Contracts;

// An agent's link in its own process, so tests can SIGKILL it mid-send. Arguments: GraphQL endpoint, microscope id,
// link database, session id, report count, key prefix. Prints "enqueued N" once report N is durable, then waits.
var options = new PlatformLinkOptions
{
    GraphQLEndpoint = new Uri(args[0]),
    MicroscopeId = args[1],
    DatabasePath = args[2],
    MaxBatchSize = 20,
    RetryMaxDelay = TimeSpan.FromSeconds(1),
};
var sessionId = args[3];
var count = int.Parse(args[4], CultureInfo.InvariantCulture);
var prefix = args[5];
await using var link = GraphQLPlatformLink.Start(options, new FixedAccessTokenProvider(null));
for (var i = 0; i < count; i++)
{
    await link.EnqueueAsync(new LogReport($"{prefix}-{i}", sessionId, DateTimeOffset.UtcNow, LogPanel.Acquisition, $"{prefix} {i}"), CancellationToken.None);
    Console.WriteLine($"enqueued {i}");
}

await link.WhenDeliveredAsync(CancellationToken.None);
Console.WriteLine("delivered");
await Task.Delay(Timeout.Infinite);
