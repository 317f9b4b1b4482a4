using System.Text.Json;
using Platform.Gateway;
using Platform.Gateway.Bench;
using Platform.Grains.Grids;
using Platform.Grains.Sessions;
using Platform.GraphQL.Bench;
using Platform.GraphQL.Building;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;
using Platform.Identity.Claims;
using Platform.Runtime.Indexing;

// In process: the sessions page (50 ended sessions with daysLeft and their grids) through the platform schema,
// beside a hand-written baseline that reads the same index page and grains and serialises them with System.Text.Json.
var iterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "sessions-query.graphql"));
await using var platform = await BenchPlatform.StartAsync(sessions: 50);
var variables = new Dictionary<string, object?> { ["facility"] = BenchPlatform.FacilityId, ["first"] = 50L };
// A staff member of the bench facility, as an access token's claims give it (every field needs a signed-in caller).
var staff = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
[
    new(PlatformClaims.Subject, "bench-staff"), new(PlatformClaims.Kind, PlatformClaims.KindUser), new(PlatformClaims.Membership, $"{BenchPlatform.FacilityId}:staff"),
], "Bearer"));
var options = new RequestOptions { Services = platform.Services, User = staff };
var schema = PlatformGraphQL.Describe(new SchemaBuilder()).Build();

var engine = new GraphQLEngine(schema);
var sample = await engine.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables }, options);
if (sample.Errors.Count > 0)
{
    throw new InvalidOperationException("The benchmark query failed: " + sample.Errors[0].Message);
}

var bytes = ResultWriter.ToUtf8(sample);
using (var parsed = JsonDocument.Parse(bytes))
{
    var edges = parsed.RootElement.GetProperty("data").GetProperty("facility").GetProperty("sessions").GetProperty("edges");
    if (edges.GetArrayLength() != 50 || edges[0].GetProperty("node").GetProperty("daysLeft").GetInt32() != 29 && edges[0].GetProperty("node").GetProperty("daysLeft").GetInt32() != 30)
    {
        throw new InvalidOperationException("The benchmark query did not return 50 ended sessions: " + parsed.RootElement.ToString()[..200]);
    }
}

var reader = platform.Services.GetService(typeof(IIndexReader)) as IIndexReader ?? throw new InvalidOperationException("no index reader");
async Task Baseline()
{
    var page = await reader.QueryAsync(new IndexQuery(SessionIndex.Table)
    {
        Filters = [new(SessionIndex.FacilityId, IndexOperator.Equal, BenchPlatform.FacilityId)],
        Order = [new(SessionIndex.CreatedAt, Descending: true)],
        Limit = 50,
    });
    var sessions = await Task.WhenAll(page.Rows.Select(r => platform.Grains.GetGrain<ISessionGrain>(r.Key).GetAsync()));
    var grids = await Task.WhenAll(sessions.SelectMany(s => s.Grids).Select(g => platform.Grains.GetGrain<IGridGrain>(g.GridKey).GetAsync()));
    var now = TimeProvider.System.GetUtcNow();
    JsonSerializer.SerializeToUtf8Bytes(sessions.Select(s => new { s.Id, s.Name, s.RunState, DaysLeft = s.DaysLeftAt(now), s.DataExpiresAtUtc, s.Setup, s.Counters, Grids = grids.Where(g => g.SessionId == s.Id) }));
}

// The floor (reads + a Utf8JsonWriter of exactly the selected fields) must produce the engine's response, or it measures
// something else: the same JSON, compared as parsed documents.
var floor = new SessionsPageFloor(reader, platform.Grains, TimeProvider.System);
using (var engineJson = JsonDocument.Parse(bytes))
using (var floorJson = JsonDocument.Parse(await floor.WriteAsync(BenchPlatform.FacilityId)))
{
    if (!JsonElement.DeepEquals(engineJson.RootElement, floorJson.RootElement))
    {
        throw new InvalidOperationException("The floor's JSON differs from the engine's response:\n" + floorJson.RootElement.ToString()[..600] + "\n" + engineJson.RootElement.ToString()[..600]);
    }
}

// The writing part of the floor, timed alone on data read once: what this page's JSON costs with no reads at all.
var floorData = await floor.ReadAsync(BenchPlatform.FacilityId);
var counter = 0;
var request = new GraphQLRequest { Query = query, Variables = variables };
(string, Func<Task>)[] measured =
[
    ("baseline: index page + grain reads + STJ", Baseline),
    ("floor: the same reads + Utf8JsonWriter of the selected fields", async () => await floor.WriteAsync(BenchPlatform.FacilityId)),
    ("  floor's writing alone (the data read once beforehand)", () => { floor.Write(floorData); return Task.CompletedTask; }),
    ("GraphQL parse+validate+execute+serialise", async () => ResultWriter.ToUtf8(await engine.ExecuteAsync(new GraphQLRequest { Query = query + "# " + counter++, Variables = variables }, options))),
    ("GraphQL execute+serialise (document cached)", async () => ResultWriter.ToUtf8(await engine.ExecuteAsync(request, options))),
    .. await Breakdown.PartsAsync(platform.Services, platform.Grains, engine, request, options),
];

// GATEWAY_BENCH_ONLY=<label prefix>[|<label prefix>...] keeps the matching actions only (e.g. "GraphQL execute" while
// profiling with dotnet-trace, or "floor|GraphQL execute" for the engine beside its same-run baseline).
if (Environment.GetEnvironmentVariable("GATEWAY_BENCH_ONLY") is { Length: > 0 } only)
{
    var prefixes = only.Split('|');
    measured = [.. measured.Where(m => prefixes.Any(p => m.Item1.StartsWith(p, StringComparison.Ordinal)))];
}

// Round-robin, so every figure sees the same machine load; the engine's own execution is the cached figure minus the parts.
Console.WriteLine($"{platform.StorageName}; sessions page: 50 ended sessions x (setup, counters, daysLeft, 2 grids); response {bytes.Length} bytes; {iterations} rounds");
// CPU is the process's user + system time while the action ran (all threads, so background GC and the runtime's timers
// count too); allocations are all threads' bytes; both are per run.
var results = await Interleaved.MeasureAsync(iterations, measured);
foreach (var figures in results)
{
    Console.WriteLine(figures.Describe());
}

// The engine's CPU over the floor's, measured in the same rounds: robust to the machine's drift between runs.
if (results.FirstOrDefault(r => r.Label.StartsWith("floor", StringComparison.Ordinal)) is { } floorFigures
    && results.FirstOrDefault(r => r.Label.StartsWith("GraphQL execute", StringComparison.Ordinal)) is { } cachedFigures)
{
    Console.WriteLine($"engine (document cached) / floor: CPU {cachedFigures.CpuMilliseconds / floorFigures.CpuMilliseconds:0.00}x, alloc {cachedFigures.AllocatedKilobytes / floorFigures.AllocatedKilobytes:0.00}x");
}

// GATEWAY_BENCH_CONCURRENT=<n>: the cached query from n concurrent callers for ~5 s, in process: throughput and the process's
// CPU per request, to separate what concurrency costs (grain queues, thread-pool hops, GC) from what HTTP costs.
if (Environment.GetEnvironmentVariable("GATEWAY_BENCH_CONCURRENT") is { Length: > 0 } concurrentText)
{
    var callers = int.Parse(concurrentText, System.Globalization.CultureInfo.InvariantCulture);
    using var process = System.Diagnostics.Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var done = 0L;
    await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
    {
        while (clock.Elapsed.TotalSeconds < 5)
        {
            ResultWriter.ToUtf8(await engine.ExecuteAsync(request, options));
            Interlocked.Increment(ref done);
        }
    })));
    process.Refresh();
    var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
    Console.WriteLine($"in process, {callers} concurrent callers: {done / clock.Elapsed.TotalSeconds:F0} req/s, {cpuMs / done:F3} ms CPU per request");
}

// GATEWAY_BENCH_ALLOCATIONS=<rounds>: ranks the types the cached query allocates (GC allocation-tick samples, ~100 KB each).
if (Environment.GetEnvironmentVariable("GATEWAY_BENCH_ALLOCATIONS") is { Length: > 0 } roundsText)
{
    using var sampler = new AllocationSampler();
    sampler.Start();
    for (var i = 0; i < int.Parse(roundsText, System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        ResultWriter.ToUtf8(await engine.ExecuteAsync(request, options));
    }

    foreach (var (type, share) in sampler.Top(40))
    {
        Console.WriteLine($"{share,7:P1}  {type}");
    }
}
