using Platform.EndToEnd.Tests.Screening;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Transfer;

/// <summary>
/// Issue 6 end to end on the Silo's filesystem backend: a session started over GraphQL with frame saving on; when the run
/// completes, every file the simulator wrote into the session's frames folder is stored under <c>frames/…</c>, listed,
/// downloadable with the session's read grant byte for byte, counted by the TRANSFER track, untouched at the source, and
/// counted once each in the session's <c>moviesTransferred</c> with its micrograph carrying the path, size and SHA-256.
/// </summary>
public sealed class MovieTransferTests
{
    [Fact]
    public async Task Every_movie_of_a_completed_run_is_listed_under_frames_with_its_size_and_downloads_with_its_sha256_and_the_sources_are_unchanged()
    {
        await using var stack = await ScreeningStack.StartAsync(speed: 1000);
        await CheckMoviesReachStorageAsync(stack, expectedBackend: "filesystem");
    }

    /// <summary>The scenario, on whichever blob backend the stack's Silo was configured with.</summary>
    internal static async Task CheckMoviesReachStorageAsync(ScreeningStack stack, string expectedBackend)
    {
        var id = ScreeningStack.DemoSessionId;
        await using var events = new SessionEventRecorder(stack.GraphQL, id);
        await stack.ShrinkScreeningAsync(id, squares: 2, holes: 2);
        var setup = (await stack.GraphQL.DataAsync("query ($id: ID!) { node(id: $id) { ... on Session { collection { saveFrames } } } }", new { id }))
            .GetProperty("node").GetProperty("collection");
        Assert.True(setup.GetProperty("saveFrames").GetBoolean(), "the demo session saves frames");
        await stack.StartSessionAsync(id);
        await FullRunTests.WaitForFinalStateAsync(stack, events, "COMPLETED");

        // The simulator writes each movie (.mrc) with its ground truth (.json) beside it; the transfer track sends both.
        var sessionFolder = Assert.Single(Directory.GetDirectories(stack.FramesFolder));
        var sources = Directory.GetFiles(sessionFolder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => "frames/" + Path.GetRelativePath(sessionFolder, f).Replace('\\', '/'), f => (Path: f, Size: new FileInfo(f).Length, Sha256: SessionFilesView.Sha256Of(f)), StringComparer.Ordinal);
        var movies = sources.Keys.Where(k => k.EndsWith(".mrc", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(movies);
        foreach (var blob in sources.Keys)
        {
            await events.WaitForAsync($"the transfer of {blob}", e => SessionFilesView.IsSent(e, blob), TimeSpan.FromMinutes(2));
        }

        var files = await SessionFilesView.FilesAsync(stack, id);
        var (prefix, token, backend) = await SessionFilesView.ReadGrantAsync(stack, id);
        Assert.Equal(expectedBackend, backend);
        using var http = new HttpClient { BaseAddress = stack.Silo.BaseAddress };
        foreach (var (blob, source) in sources)
        {
            Assert.True(files.TryGetValue(blob, out var file), $"{blob} is not in Session.files: {string.Join(", ", files.Keys)}");
            Assert.Equal(source.Size, file.Size);
            Assert.Equal(source.Sha256, await SessionFilesView.DownloadSha256Async(http, prefix, token, blob)); // the session's read grant
            Assert.Equal(source.Sha256, await SessionFilesView.DownloadSha256Async(http, file.DownloadUrl)); // the file's own link
        }

        Assert.Empty(files.Keys.Where(k => k.StartsWith("frames/", StringComparison.Ordinal)).Except(sources.Keys));

        // The track also sends the workflow's images and the pre-processing outputs: it is done once nothing is pending and
        // its count of files done is the number of files it logged as sent (each exactly once).
        List<string> Sent() => SessionFilesView.SentPaths(events.Events);
        var track = await SessionFilesView.WaitForTransferProgressAsync(stack, id,
            p => p.GetProperty("itemsPending").GetInt32() == 0 && p.GetProperty("itemsDone").GetInt32() == Sent().Count && Sent().Count >= sources.Count,
            TimeSpan.FromMinutes(1));
        Assert.Equal(0, track.GetProperty("progress").GetProperty("itemsFailed").GetInt32());
        Assert.Equal(Sent().Count, Sent().Distinct().Count());
        foreach (var blob in sources.Keys)
        {
            Assert.Single(Sent(), path => path == blob);
        }

        foreach (var source in sources.Values)
        {
            Assert.Equal((source.Size, source.Sha256), (new FileInfo(source.Path).Length, SessionFilesView.Sha256Of(source.Path)));
        }

        // Each stored movie is counted once in the session's moviesTransferred, and its micrograph carries the file.
        var session = await WaitForMoviesTransferredAsync(stack, id, movies.Count, TimeSpan.FromMinutes(1));
        var micrographs = session.GetProperty("micrographs").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
            .Where(m => m.GetProperty("filePath").ValueKind == System.Text.Json.JsonValueKind.String)
            .ToDictionary(m => m.GetProperty("filePath").GetString()!, StringComparer.Ordinal);
        Assert.Equal(movies.Order(StringComparer.Ordinal), micrographs.Keys.Order(StringComparer.Ordinal));
        foreach (var movie in movies)
        {
            var micrograph = micrographs[movie];
            Assert.Equal(Path.GetFileNameWithoutExtension(movie), micrograph.GetProperty("name").GetString());
            Assert.Equal((double)sources[movie].Size, micrograph.GetProperty("fileSizeBytes").GetDouble());
            Assert.Equal(sources[movie].Sha256, micrograph.GetProperty("fileSha256").GetString());
        }
    }

    private static async Task<System.Text.Json.JsonElement> WaitForMoviesTransferredAsync(ScreeningStack stack, string id, int movies, TimeSpan deadline)
    {
        var giveUp = DateTimeOffset.UtcNow + deadline;
        while (true)
        {
            var session = (await stack.GraphQL.DataAsync("""
                query ($id: ID!) { node(id: $id) { ... on Session { counters { moviesTransferred }
                  micrographs(first: 100) { edges { node { name filePath fileSizeBytes fileSha256 } } } } } }
                """, new { id })).GetProperty("node");
            var counted = session.GetProperty("counters").GetProperty("moviesTransferred").GetInt32();
            Assert.True(counted <= movies, $"moviesTransferred is {counted}, more than the {movies} movies written");
            if (counted == movies)
            {
                return session;
            }

            if (DateTimeOffset.UtcNow > giveUp)
            {
                throw new TimeoutException($"moviesTransferred stayed at {counted} of {movies} for {deadline}\n{stack.Logs()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
        }
    }
}
