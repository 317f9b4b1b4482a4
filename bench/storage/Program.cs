using System.Globalization;
using Platform.Storage.Bench;

// Usage: dotnet run -c Release --project bench/storage -- [--seconds N] [--postgres "<Npgsql connection string>"] [--dir FOLDER]
// Without --postgres a throwaway cluster is started with infra/postgres/start.sh and stopped afterwards.
var options = BenchOptions.Parse(args);
Directory.CreateDirectory(options.Folder);
Console.WriteLine($"storage write benchmark: {options.Seconds.TotalSeconds:0} s per measurement, 2 rounds, data in {options.Folder}");
Console.WriteLine($"{"engine",-10} {"bare INSERT/s",14} {"WriteAsync/s",14} {"bare/provider",14}");

var sqlite = await SqliteBench.RunAsync(options);
Print("SQLite", sqlite);

await using (var cluster = await BenchPostgres.StartAsync(options))
{
    var postgres = await PostgresBench.RunAsync(cluster.ConnectionString, options);
    Print("PostgreSQL", postgres);
}

static void Print(string engine, BenchResult result) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{engine,-10} {result.BareWritesPerSecond,14:0} {result.ProviderWritesPerSecond,14:0} {result.BareWritesPerSecond / result.ProviderWritesPerSecond,13:0.00}x"));
