using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Grains;
using Platform.Grains.Facilities;
using Platform.Grains.Micrographs;
using Platform.Imaging.Star;
using Platform.Silo.SessionData;
using Platform.Testing;

namespace Platform.Gateway.Tests.Exports;

/// <summary>An export job interrupted by killing the Silo process mid-run is attempted again after the restart and succeeds, leaving one output file; it is never left RUNNING.</summary>
public sealed class ExportRestartTests
{
    private const int Micrographs = 1_200;
    private const int ParticlesEach = 800;

    [Fact]
    public async Task An_export_running_when_the_silo_is_killed_runs_again_after_the_restart_and_succeeds()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = Directory.CreateTempSubdirectory("export-restart-blobs-").FullName;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Stage(string what) => TestContext.Current.TestOutputHelper?.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: {what}");
        try
        {
            const string adminPassword = "export restart tests admin";
            var first = await SiloProcess.StartAsync($"--Platform:Blobs:FileSystemRoot={root}", $"--Platform:DemoAdminPassword={adminPassword}");
            await first.StopAsync();
            Stage("first start and stop");
            await SeedAsync(first.DatabasePath, root, ct);
            Stage("seeded");
            var second = await first.RestartAsync();
            using var http = new HttpClient { BaseAddress = second.BaseAddress };
            using (var signIn = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["username"] = "admin@demo.local", ["password"] = adminPassword,
            }), ct))
            using (var token = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync(ct)))
            {
                http.DefaultRequestHeaders.Authorization = new("Bearer", token.RootElement.GetProperty("access_token").GetString());
            }

            var started = await GraphQLAsync(http, """
                mutation { startMicrographExport(input: { sessionId: "%SESSION%" }) { export { id status } errors { code } } }
                """.Replace("%SESSION%", Platform.GraphQL.Relay.GlobalId.Encode("Session", "demo-session"), StringComparison.Ordinal), ct);
            Stage("restarted, export started");
            var id = started.GetProperty("startMicrographExport").GetProperty("export").GetProperty("id").GetString()!;

            var running = await WaitForAsync(http, id, j => j.GetProperty("status").GetString() == "RUNNING" && j.GetProperty("micrographsDone").GetDouble() > 0, "a running export with progress", ct);
            Assert.True(running.GetProperty("micrographsDone").GetDouble() < Micrographs, "the export finished before it could be interrupted");
            Stage("running: killing");
            await second.KillAsync();
            await using var third = await second.RestartAsync(); // same folder and port

            var done = await WaitForAsync(http, id, j => j.GetProperty("status").GetString() is "SUCCEEDED" or "FAILED", "the export to finish after the restart", ct);
            Stage("finished after the restart");
            Assert.Equal("SUCCEEDED", done.GetProperty("status").GetString());
            Assert.Equal(2, done.GetProperty("attempts").GetInt32());
            Assert.Contains("interrupted", done.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Equal((double)Micrographs * ParticlesEach, done.GetProperty("particlesWritten").GetDouble());
            var store = new BlobSessionDataStore(BlobBackend.FileSystem(root, TimeProvider.System));
            await using var output = await store.OpenFileAsync("demo", "demo-session", done.GetProperty("outputPath").GetString()!, ct);
            Assert.Equal(Micrographs * ParticlesEach, StarReader.Read(new StreamReader(output!)).Block("particles").Table.RowCount);

            // Nothing of the killed attempt is left: no second file among the exports, no blocks staged for an upload never committed.
            Assert.Equal([done.GetProperty("outputPath").GetString()!], await ExportFilesAsync(store, ct));
            Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(root, "staging")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Micrograph results written into the stopped Silo's database through the grains, and their picks files into its blob folder.</summary>
    private static async Task SeedAsync(string databasePath, string blobRoot, CancellationToken ct)
    {
        await using (var silo = await TestSilo.StartAsync(typeof(FacilityGrain).Assembly, databasePath: databasePath, indexTables: PlatformIndexes.All))
        {
            for (var i = 0; i < Micrographs; i++)
            {
                var name = $"mic_{i:D5}";
                await silo.Grains.GetGrain<IMicrographGrain>(MicrographKeys.For("demo-session", "agent", name)).RecordAsync(new RecordMicrographRequest("demo-session", "demo", "agent", new MicrographResult
                {
                    Name = name, GridPosition = 1, AcquiredAtUtc = DateTimeOffset.UtcNow.AddSeconds(i),
                    DefocusUAngstrom = 15_000, DefocusVAngstrom = 14_000, AstigmatismAngleDegrees = 20, CtfFitResolutionAngstrom = 3.5, CtfScore = 0.2, ParticleCount = ParticlesEach,
                }));
            }
        }

        var store = new BlobSessionDataStore(BlobBackend.FileSystem(blobRoot, TimeProvider.System));
        var text = new StringBuilder("data_\nloop_\n_rlnCoordinateX #1\n_rlnCoordinateY #2\n_rlnAutopickFigureOfMerit #3\n");
        for (var p = 0; p < ParticlesEach; p++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{100 + (p % 40 * 90)}.00 {100 + (p / 40 * 90)}.00 0.5000\n");
        }

        var picks = Encoding.UTF8.GetBytes(text.ToString());
        await Parallel.ForAsync(0, Micrographs, ct, async (i, token) =>
        {
            using var content = new MemoryStream(picks);
            await store.WriteFileAsync("demo", "demo-session", $"preprocessing/mic_{i:D5}_picks.star", content, token);
        });
    }

    private static async Task<List<string>> ExportFilesAsync(BlobSessionDataStore store, CancellationToken ct)
    {
        var paths = new List<string>();
        string? continuation = null;
        do
        {
            var page = await store.ListFilesAsync("demo", "demo-session", 1000, continuation, ct);
            paths.AddRange(page.Files.Select(f => f.Path).Where(p => p.StartsWith("exports/", StringComparison.Ordinal)));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return paths;
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient http, string id, Func<JsonElement, bool> done, string what, CancellationToken ct)
    {
        var query = """{ node(id: "%ID%") { ... on MicrographExport { status attempts micrographsDone particlesWritten error outputPath } } }""".Replace("%ID%", id, StringComparison.Ordinal);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        JsonElement job = default;
        while (!timeout.IsCancellationRequested)
        {
            job = (await GraphQLAsync(http, query, ct)).GetProperty("node");
            if (done(job))
            {
                return job;
            }

            // No event stream carries job progress yet; the job records it every 2 s, so a short poll is the wait.
            await Task.Delay(100, ct);
        }

        throw new TimeoutException($"Timed out waiting for {what}; last seen {job}");
    }

    private static async Task<JsonElement> GraphQLAsync(HttpClient http, string query, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query }, ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.False(body.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }
}
