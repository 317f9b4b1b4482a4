using System.Text.Json;
using Platform.EndToEnd.Tests.Screening;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Tracks;

/// <summary>
/// Issue 6 end to end: a run on the simulator writes movies, the agent's transfer track (started with the run) uploads them
/// through the Silo's filesystem blob endpoint, and GraphQL shows the track's progress and lists the files.
/// </summary>
public sealed class TransferTrackEndToEndTests
{
    private const string Tracks = """
        query ($id: ID!) { node(id: $id) { ... on Session {
          tracks { kind state message progress { itemsDone itemsPending itemsFailed bytesDone } logs(last: 5) { message } }
          files(first: 100) { nodes { path sizeBytes } } } } }
        """;

    [Fact]
    public async Task The_runs_movies_are_uploaded_by_the_transfer_track_with_its_progress_in_GraphQL_and_listed_as_session_files()
    {
        await using var stack = await ScreeningStack.StartAsync(speed: 1000);
        var id = ScreeningStack.DemoSessionId;
        await using var events = new SessionEventRecorder(stack.GraphQL, id);

        var started = (await stack.GraphQL.DataAsync("""
            mutation ($id: ID!) { startSession(input: { sessionId: $id }) { session { tracks { kind state } } errors { code } } }
            """, new { id })).GetProperty("startSession");
        Assert.All(started.GetProperty("session").GetProperty("tracks").EnumerateArray(), t => Assert.Equal("STARTING", t.GetProperty("state").GetString()));
        await FullRunTests.WaitForFinalStateAsync(stack, events, "COMPLETED");
        var acquired = 0;
        foreach (var position in new[] { 1, 2 })
        {
            acquired += (await FullRunTests.TargetsAsync(stack, ScreeningStack.DemoSessionKey, position)).Sum(t => t.GetProperty("acquisitionCount").GetInt32());
        }

        Assert.True(acquired > 0, stack.Logs());
        var (transfer, files) = await WaitForUploadsAsync(stack, events, acquired);

        var movies = files.Where(f => f.GetProperty("path").GetString()!.StartsWith("frames/", StringComparison.Ordinal)).ToList();
        Assert.Equal(acquired, movies.Count);
        Assert.All(movies, m => Assert.True(m.GetProperty("sizeBytes").GetDouble() > 0));
        Assert.Contains(files, f => f.GetProperty("path").GetString()!.StartsWith("images/", StringComparison.Ordinal));
        var progress = transfer.GetProperty("progress");
        Assert.Equal(0, progress.GetProperty("itemsFailed").GetInt32());
        Assert.Equal(files.Sum(f => f.GetProperty("sizeBytes").GetDouble()), progress.GetProperty("bytesDone").GetDouble());
        Assert.Contains(transfer.GetProperty("logs").EnumerateArray(), l => l.GetProperty("message").GetString()!.StartsWith("Sent '", StringComparison.Ordinal));
    }

    /// <summary>
    /// Re-reads the transfer track and the files at each track event (no polling on a timer) until every movie is listed and the
    /// track has nothing pending; 4 minutes at most.
    /// </summary>
    private static async Task<(JsonElement Transfer, List<JsonElement> Files)> WaitForUploadsAsync(ScreeningStack stack, SessionEventRecorder events, int movies)
    {
        var deadline = DateTime.UtcNow.AddMinutes(4);
        var seen = 0;
        while (true)
        {
            var node = (await stack.GraphQL.DataAsync(Tracks, new { id = ScreeningStack.DemoSessionId })).GetProperty("node");
            var transfer = node.GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "TRANSFER");
            var files = node.GetProperty("files").GetProperty("nodes").EnumerateArray().ToList();
            var progress = transfer.GetProperty("progress");
            if (files.Count(f => f.GetProperty("path").GetString()!.StartsWith("frames/", StringComparison.Ordinal)) >= movies
                && progress.GetProperty("itemsPending").GetInt32() == 0 && progress.GetProperty("itemsDone").GetInt32() == files.Count)
            {
                return (transfer, files);
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"the transfer track did not upload {movies} movies: {transfer.GetRawText()}\n{stack.Logs()}");
            }

            var after = seen;
            var next = await events.WaitForAsync("the next transfer track change", e => e.GetProperty("kind").GetString() == "TRACK_CHANGED"
                && e.GetProperty("detail").GetString() == "Transfer" && e.GetProperty("sequence").GetInt32() > after, remaining);
            seen = next.GetProperty("sequence").GetInt32();
        }
    }
}
