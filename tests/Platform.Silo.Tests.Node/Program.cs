using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Runtime;
using Platform.Runtime.Streams;
using Platform.Silo.Runtime;
using Platform.Silo.Tests.Node;
using Platform.Storage;
using Platform.Storage.Postgres;
using Platform.Storage.Sqlite;

// A Silo runtime node in its own process, driven line by line on stdin so tests can run several
// nodes on one database and kill them with SIGKILL:
//   add KEY | get KEY | remind KEY SECONDS | publish STREAM TEXT | subscribe STREAM | quit
// Every reply is one line on stdout; "ok ..." is printed only after the operation is durable.
var storageKind = args[0];
var connection = args[1];
var nodeId = args[2];
IStorageProvider storage = storageKind == "postgres"
    ? await PostgresStorageProvider.OpenAsync(connection, nodeId, TimeProvider.System)
    : await SqliteStorageProvider.OpenAsync(connection, nodeId, TimeProvider.System);
await storage.InitializeAsync([]);
var services = new ServiceCollection()
    .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddConsole(c => c.LogToStandardErrorThreshold = LogLevel.Trace))
    .AddSingleton(storage)
    .AddGrainRuntime(new RuntimeOptions { ReminderPollInterval = TimeSpan.FromMilliseconds(100), MinimumReminderPeriod = TimeSpan.Zero, MaxConflictRetries = 100 }, typeof(TallyGrain).Assembly)
    .BuildServiceProvider();
var runtime = services.GetRequiredService<GrainRuntime>();
await runtime.StartAsync(CancellationToken.None);
var output = TextWriter.Synchronized(Console.Out);
output.WriteLine($"ready {nodeId}");
output.Flush();

while (Console.ReadLine() is { } line)
{
    var parts = line.Split(' ', 3);
    try
    {
        switch (parts[0])
        {
            case "add":
                Reply($"ok {await runtime.GetGrain<ITallyGrain>(parts[1]).AddAsync()}");
                break;
            case "get":
                Reply($"ok {await runtime.GetGrain<ITallyGrain>(parts[1]).GetAsync()}");
                break;
            case "remind":
                await runtime.GetGrain<ITallyGrain>(parts[1]).RemindAsync(TimeSpan.FromSeconds(double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)));
                Reply("ok");
                break;
            case "publish":
                Reply($"ok {await runtime.Streams.PublishAsync(new StreamId("node-test", parts[1]), parts[2])}");
                break;
            case "subscribe":
                var stream = new StreamId("node-test", parts[1]);
                _ = Task.Run(async () =>
                {
                    await foreach (var item in runtime.Streams.SubscribeAsync<string>(stream, fromSequence: 1, CancellationToken.None))
                    {
                        Reply($"event {parts[1]} {item.Sequence} {item.Item}");
                    }
                });
                Reply("ok");
                break;
            case "quit":
                await runtime.StopAsync(CancellationToken.None);
                await storage.DisposeAsync();
                Reply("bye");
                return;
            default:
                Reply($"error unknown command {parts[0]}");
                break;
        }
    }
    catch (Exception ex)
    {
        Reply($"error {ex.GetType().Name} {ex.Message.ReplaceLineEndings(" ")}");
    }
}

void Reply(string text)
{
    output.WriteLine(text);
    output.Flush();
}
