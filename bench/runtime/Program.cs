using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Bench.Runtime;
using Platform.Runtime;
using Platform.Silo.Runtime;
using Platform.Storage;
using Platform.Storage.Postgres;
using Platform.Storage.Sqlite;
using SQLitePCL;

// Runtime benchmark: grain calls in process vs a SemaphoreSlim-guarded plain call, and durable state
// writes through grains vs a bare INSERT loop on the same database with the same durability.
// Usage: dotnet run -c Release --project bench/runtime -- [--postgres CONNECTION_STRING] [--quick]
var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault();
var quick = args.Contains("--quick");
var folder = Directory.CreateTempSubdirectory("platform-bench-").FullName;
Console.WriteLine($"Runtime benchmark on {Environment.ProcessorCount} cores, .NET {Environment.Version}");

await using (var sqlite = await SqliteStorageProvider.OpenAsync(Path.Combine(folder, "calls.db"), "bench", TimeProvider.System))
{
    var runtime = await StartRuntimeAsync(sqlite);
    const int grains = 1000;
    var callers = 64;
    var perCaller = quick ? 2_000 : 20_000;
    var echo = Enumerable.Range(0, grains).Select(i => runtime.GetGrain<IEchoGrain>($"echo-{i}")).ToArray();
    var plain = Enumerable.Range(0, grains).Select(_ => new PlainEcho()).ToArray();
    await Latency.MeasureAsync("warm-up", callers, 500, (c, i) => echo[((c * 31) + i) % grains].EchoAsync(i));
    await Latency.MeasureAsync("warm-up", callers, 500, (c, i) => plain[((c * 31) + i) % grains].EchoAsync(i));

    Console.WriteLine($"\nGrain calls in process ({callers} concurrent callers over {grains} grains):");
    var baseline = await Latency.MeasureAsync("baseline: SemaphoreSlim-guarded plain call", callers, perCaller, (c, i) => plain[((c * 31) + i) % grains].EchoAsync(i));
    var grainCalls = await Latency.MeasureAsync("grain call (proxy, mailbox, turn)", callers, perCaller, (c, i) => echo[((c * 31) + i) % grains].EchoAsync(i));
    Console.WriteLine(baseline);
    Console.WriteLine(grainCalls);
    Console.WriteLine($"ratio: baseline is {baseline.PerSecond / grainCalls.PerSecond:0.00}x the grain call throughput");
    await runtime.StopAsync(CancellationToken.None);
}

var writes = quick ? 300 : 2_000;
Console.WriteLine($"\nDurable state writes, SQLite (WAL, synchronous=FULL), {writes} writes:");
await using (var sqlite = await SqliteStorageProvider.OpenAsync(Path.Combine(folder, "writes.db"), "bench", TimeProvider.System))
{
    var bare = BareSqliteInserts(Path.Combine(folder, "bare.db"), writes);
    var runtime = await StartRuntimeAsync(sqlite);
    var grain = await GrainWritesAsync(runtime, writes, callers: 1);
    var grain16 = await GrainWritesAsync(runtime, writes, callers: 16);
    Console.WriteLine($"baseline: bare INSERT loop, 1 connection      {bare,10:N0} /s");
    Console.WriteLine($"grain state write, 1 caller                   {grain,10:N0} /s   (bare is {bare / grain:0.00}x)");
    Console.WriteLine($"grain state write, 16 callers on 16 grains    {grain16,10:N0} /s   (bare is {bare / grain16:0.00}x)");
    await runtime.StopAsync(CancellationToken.None);
}

if (postgres is not null)
{
    Console.WriteLine($"\nDurable state writes, PostgreSQL (synchronous_commit=on), {writes} writes:");
    var schema = "bench_" + Guid.NewGuid().ToString("N")[..8];
    await using (var admin = new NpgsqlConnection(postgres))
    {
        await admin.OpenAsync();
        await new NpgsqlCommand($"CREATE SCHEMA {schema}", admin).ExecuteNonQueryAsync();
    }

    var connection = new NpgsqlConnectionStringBuilder(postgres) { SearchPath = schema }.ConnectionString;
    var bare = await BarePostgresInsertsAsync(connection, writes, connections: 1);
    var bare16 = await BarePostgresInsertsAsync(connection, writes, connections: 16);
    await using var pg = await PostgresStorageProvider.OpenAsync(connection, "bench", TimeProvider.System);
    var runtime = await StartRuntimeAsync(pg);
    var grain = await GrainWritesAsync(runtime, writes, callers: 1);
    var grain16 = await GrainWritesAsync(runtime, writes, callers: 16);
    Console.WriteLine($"baseline: bare INSERT loop, 1 connection      {bare,10:N0} /s");
    Console.WriteLine($"grain state write, 1 caller                   {grain,10:N0} /s   (bare is {bare / grain:0.00}x)");
    Console.WriteLine($"baseline: bare INSERT loops, 16 connections   {bare16,10:N0} /s");
    Console.WriteLine($"grain state write, 16 callers on 16 grains    {grain16,10:N0} /s   (bare is {bare16 / grain16:0.00}x)");
    await runtime.StopAsync(CancellationToken.None);
}

Directory.Delete(folder, recursive: true);

static async Task<GrainRuntime> StartRuntimeAsync(IStorageProvider storage)
{
    await storage.InitializeAsync([]);
    var services = new ServiceCollection()
        .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
        .AddSingleton(storage)
        .AddGrainRuntime(new RuntimeOptions(), typeof(EchoGrain).Assembly)
        .BuildServiceProvider();
    var runtime = services.GetRequiredService<GrainRuntime>();
    await runtime.StartAsync(CancellationToken.None);
    return runtime;
}

static async Task<double> GrainWritesAsync(GrainRuntime runtime, int writes, int callers)
{
    var run = Guid.NewGuid().ToString("N")[..6];
    var result = await Latency.MeasureAsync("writes", callers, writes / callers, (c, _) => runtime.GetGrain<IWriterGrain>($"w-{run}-{c}").WriteAsync());
    return result.PerSecond;
}

static double BareSqliteInserts(string path, int count)
{
    Batteries_V2.Init();
    raw.sqlite3_open(path, out var db);
    Exec(db, "PRAGMA journal_mode=WAL");
    Exec(db, "PRAGMA synchronous=FULL");
    Exec(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
    raw.sqlite3_prepare_v2(db, "INSERT INTO t(payload) VALUES (?)", out var insert);
    var payload = new byte[100];
    var watch = System.Diagnostics.Stopwatch.StartNew();
    for (var i = 0; i < count; i++)
    {
        raw.sqlite3_bind_blob(insert, 1, payload);
        if (raw.sqlite3_step(insert) != raw.SQLITE_DONE)
        {
            throw new InvalidOperationException(raw.sqlite3_errmsg(db).utf8_to_string());
        }

        raw.sqlite3_reset(insert);
    }

    watch.Stop();
    insert.Dispose();
    db.Dispose();
    return count / watch.Elapsed.TotalSeconds;

    static void Exec(sqlite3 db, string sql)
    {
        if (raw.sqlite3_exec(db, sql) != raw.SQLITE_OK)
        {
            throw new InvalidOperationException(raw.sqlite3_errmsg(db).utf8_to_string());
        }
    }
}

static async Task<double> BarePostgresInsertsAsync(string connectionString, int count, int connections)
{
    var table = "bare_" + Guid.NewGuid().ToString("N")[..8];
    await using (var setup = new NpgsqlConnection(connectionString))
    {
        await setup.OpenAsync();
        await new NpgsqlCommand($"CREATE TABLE {table}(id bigserial PRIMARY KEY, payload bytea NOT NULL)", setup).ExecuteNonQueryAsync();
    }

    var payload = new byte[100];
    var watch = System.Diagnostics.Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand($"INSERT INTO {table}(payload) VALUES (@p)", connection);
        insert.Parameters.AddWithValue("p", payload);
        await insert.PrepareAsync();
        for (var i = 0; i < count / connections; i++)
        {
            await insert.ExecuteNonQueryAsync();
        }
    }));
    return count / watch.Elapsed.TotalSeconds;
}
