using System.Globalization;
using System.Text;
using Platform.Storage;
using Platform.Storage.Sqlite;

// Usage: Platform.Storage.DurabilityProbe <database path>
// Writes record n (n = 1, 2, ...) with payload "n" plus one stream event, and prints "acked n" only after
// WriteAsync returned, i.e. after the commit was fsynced. Runs until killed.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Platform.Storage.DurabilityProbe <database path>");
    return 2;
}

await using var storage = await SqliteStorageProvider.OpenAsync(args[0], "probe", TimeProvider.System);
await storage.InitializeAsync([]);
Console.Out.Flush();
for (var n = 1; ; n++)
{
    var text = n.ToString(CultureInfo.InvariantCulture);
    var payload = Encoding.UTF8.GetBytes(text);
    await storage.Grains.WriteAsync(new GrainStateWrite(
        new GrainStateKey("probe", text, "state"), payload, null, [], [],
        [new StreamAppend("probe-events", "all", payload)]));
    Console.WriteLine($"acked {text}");
    Console.Out.Flush();
}
