using System.Globalization;
using System.Text.Json;
using Platform.Gateway;
using Platform.Grains.Micrographs;
using Platform.Gateway.Bench;
using Platform.GraphQL.Bench;
using Platform.GraphQL.Building;
using Platform.GraphQL.Relay;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;
using Platform.Identity.Claims;
using Platform.Micrographs.Bench;
using Platform.Runtime.Indexing;
using Platform.Storage;
using Platform.Storage.Bench;
using Platform.Storage.Postgres;
using Platform.Storage.Sqlite;

// Filter + page on N micrographs of one session (issue 8), on SQLite and PostgreSQL: the GraphQL query in process beside
// the same two SQL statements (page + count) issued through the index reader, which is what the resolver runs.
// Usage: [micrographs=100000] [iterations=300] [sqlite|postgres|both=both] [--without-composite-indexes]
// The last option declares the micrographs table without its (session, sort column) indexes: the figures before them.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
var which = args.Length > 2 ? args[2] : "both";
var compositeIndexes = !args.Contains("--without-composite-indexes");
var folder = Directory.CreateTempSubdirectory("micrograph-bench-").FullName;

// PostgreSQL runs as its own user: its cluster folder needs a parent it can enter (CreateTempSubdirectory makes 0700 folders).
var postgresFolder = Path.Combine(Path.GetTempPath(), $"micrograph-bench-postgres-{Environment.ProcessId}");
const string Query = """
    query Micrographs($session: ID!, $first: Int, $last: Int) {
      node(id: $session) { ... on Session { micrographs(first: $first, last: $last,
          where: { ctfFitResolutionAngstrom: { max: 4.5 }, defocusAngstrom: { min: 12000, max: 26000 }, excluded: false },
          order: [{ field: CTF_SCORE, direction: DESC }]) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { key name gridPosition acquiredAt defocusAngstrom astigmatismAngstrom ctfFitResolutionAngstrom ctfScore driftTotalAngstrom particleCount } } } } }
    }
    """;
IndexFilter[] filters =
[
    new(MicrographIndex.SessionId, IndexOperator.Equal, MicrographBenchPlatform.SessionId),
    new(MicrographIndex.ColumnFor(MicrographMetric.CtfFitResolutionAngstrom), IndexOperator.IsNotNull),
    new(MicrographIndex.ColumnFor(MicrographMetric.CtfFitResolutionAngstrom), IndexOperator.LessThanOrEqual, 4.5),
    new(MicrographIndex.ColumnFor(MicrographMetric.DefocusAngstrom), IndexOperator.GreaterThanOrEqual, 12000.0),
    new(MicrographIndex.ColumnFor(MicrographMetric.DefocusAngstrom), IndexOperator.LessThanOrEqual, 26000.0),
    new(MicrographIndex.Excluded, IndexOperator.Equal, false),
];
IndexOrder[] order = [new(MicrographIndex.ColumnFor(MicrographMetric.CtfScore), Descending: true)];

try
{
    if (which is "sqlite" or "both")
    {
        await using var sqlite = await SqliteStorageProvider.OpenAsync(Path.Combine(folder, "micrographs.db"), "bench", TimeProvider.System);
        await RunAsync("SQLite", sqlite, parallel: 1);
    }

    if (which is "postgres" or "both")
    {
        Directory.CreateDirectory(postgresFolder);
        await using var postgres = await BenchPostgres.StartAsync(new BenchOptions(TimeSpan.Zero, Environment.GetEnvironmentVariable("PLATFORM_BENCH_POSTGRES"), postgresFolder));
        await using var storage = await PostgresStorageProvider.OpenAsync(postgres.ConnectionString, "bench", TimeProvider.System);
        await RunAsync("PostgreSQL", storage, parallel: 8);
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
    if (Directory.Exists(postgresFolder))
    {
        Directory.Delete(postgresFolder, recursive: true);
    }
}

async Task RunAsync(string provider, IStorageProvider storage, int parallel)
{
    await using var platform = await MicrographBenchPlatform.StartAsync(storage, Path.Combine(folder, "blobs-" + provider), compositeIndexes);
    var seconds = await platform.InsertMicrographsAsync(count, parallel);
    var reader = storage.Indexes;
    var engine = new GraphQLEngine(PlatformGraphQL.Describe(new SchemaBuilder()).Build());
    // A staff member of the bench facility, as the access token's claims give it (every field needs a signed-in caller).
    var staff = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
    [
        new(PlatformClaims.Subject, "bench-staff"), new(PlatformClaims.Kind, PlatformClaims.KindUser), new(PlatformClaims.Membership, $"{MicrographBenchPlatform.FacilityId}:staff"),
    ], "Bearer"));
    var options = new RequestOptions { Services = platform.Services, User = staff };
    var session = GlobalId.Encode("Session", MicrographBenchPlatform.SessionId);
    GraphQLRequest Request(string direction) => new() { Query = Query, Variables = new Dictionary<string, object?> { ["session"] = session, [direction] = 50L } };

    var matching = await reader.CountAsync(MicrographIndex.Table, filters);
    foreach (var direction in new[] { "first", "last" })
    {
        var sample = ResultWriter.ToUtf8(await engine.ExecuteAsync(Request(direction), options));
        using var parsed = JsonDocument.Parse(sample);
        var connection = parsed.RootElement.GetProperty("data").GetProperty("node").GetProperty("micrographs");
        if (parsed.RootElement.TryGetProperty("errors", out var errors) || connection.GetProperty("edges").GetArrayLength() != 50 || connection.GetProperty("totalCount").GetInt64() != matching)
        {
            throw new InvalidOperationException($"The {direction} page is wrong: " + parsed.RootElement.ToString()[..Math.Min(400, parsed.RootElement.ToString().Length)]);
        }
    }

    // Round-robin (bench/gateway's Interleaved), so the SQL baseline and the GraphQL queries see the same machine load.
    var figures = await Interleaved.MeasureAsync(iterations,
    [
        ("  baseline: the same SQL (page + count)", async () =>
        {
            await reader.QueryAsync(new IndexQuery(MicrographIndex.Table) { Filters = filters, Order = order, Limit = 50 });
            await reader.CountAsync(MicrographIndex.Table, filters);
        }),
        ("  GraphQL first: 50 (parse cached)", async () => ResultWriter.ToUtf8(await engine.ExecuteAsync(Request("first"), options))),
        ("  baseline: the same SQL, from the end", async () =>
        {
            await reader.QueryAsync(new IndexQuery(MicrographIndex.Table) { Filters = filters, Order = order, Limit = 50, FromEnd = true });
            await reader.CountAsync(MicrographIndex.Table, filters);
        }),
        ("  GraphQL last: 50 (parse cached)", async () => ResultWriter.ToUtf8(await engine.ExecuteAsync(Request("last"), options))),
        ("  part: SQL page only", () => reader.QueryAsync(new IndexQuery(MicrographIndex.Table) { Filters = filters, Order = order, Limit = 50 })),
        ("  part: SQL count only", () => reader.CountAsync(MicrographIndex.Table, filters)),
    ]);

    Console.WriteLine($"{provider} ({(compositeIndexes ? "with" : "WITHOUT")} composite indexes): {count:N0} micrographs in one session inserted through the index writer in {seconds:0.0} s ({count / seconds:N0}/s, {parallel} in flight); filter matches {matching:N0}; page of 50 by CTF score; {iterations} iterations");
    foreach (var (label, samples) in figures)
    {
        Console.WriteLine(samples.Describe(label));
    }
}
