using Platform.AgentLink.Contracts;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;

namespace Platform.EdgeAgent.Tests.Tracks;

/// <summary>The track host with the real transfer track on the filesystem backend: what is sent where, the reports, the host's own answers.</summary>
public sealed class TransferTrackHostTests
{
    [Fact]
    public async Task A_started_transfer_track_sends_movies_images_and_preprocessing_outputs_under_their_prefixes_and_reports_progress_and_logs()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bench = new TrackBench();
        await using var host = bench.NewHost();
        var movie = TrackBench.WriteFile(Path.Combine(bench.FramesFolder, "1_apo_1_001.mrc"), 300_000);
        var atlas = TrackBench.WriteFile(Path.Combine(bench.ImagesFolder, "1_apo_1", "atlas.mrc"), 50_000);
        var png = TrackBench.WriteFile(Path.Combine(bench.PreprocessingFolder, "mics", "1_apo_1_001.png"), 20_000);
        var picks = TrackBench.WriteFile(Path.Combine(bench.PreprocessingFolder, "1_apo_1_001_picks.star"), 1_000);
        TrackBench.WriteFile(Path.Combine(bench.PreprocessingFolder, "1_apo_1_001_ctf.star"), 1_000);

        await host.HandleAsync(TrackBench.Command(TrackKind.Transfer, TrackAction.Start, "c1"), ct);
        var done = await bench.Link.WaitForAsync<TrackStatusReport>("the four files sent", r => r.Progress.ItemsDone == 4 && r.State == TrackRunState.Waiting);

        Assert.Equal(movie, await ReadAsync(bench.Store, "frames/1_apo_1_001.mrc"));
        Assert.Equal(atlas, await ReadAsync(bench.Store, "images/1_apo_1/atlas.mrc"));
        Assert.Equal(png, await ReadAsync(bench.Store, "preprocessing/1_apo_1_001.png"));
        Assert.Equal(picks, await ReadAsync(bench.Store, "preprocessing/1_apo_1_001_picks.star"));
        Assert.Null(await bench.Store.GetPropertiesAsync(BlobKey.Parse(TrackBench.Prefix + "preprocessing/1_apo_1_001_ctf.star"), ct));
        Assert.Equal(371_000, done.Progress.BytesDone);
        Assert.Equal((0, 0), (done.Progress.ItemsPending, done.Progress.ItemsFailed));
        Assert.NotNull(done.Progress.BytesPerSecond);
        Assert.Equal(movie, await File.ReadAllBytesAsync(Path.Combine(bench.FramesFolder, "1_apo_1_001.mrc"), ct));
        Assert.Contains(bench.Link.All<LogReport>(), l => l.Panel == LogPanel.Transfer && l.Message.StartsWith("Sent 'frames/1_apo_1_001.mrc'", StringComparison.Ordinal));
        Assert.Equal(TrackRunState.Waiting, host.Find(TrackBench.SessionId, TrackKind.Transfer)!.Snapshot.State);

        // The movie, and only the movie (not the atlas .mrc among the images), is reported as a micrograph with its file.
        var report = Assert.Single(bench.Link.All<MicrographReport>());
        Assert.Equal(("1_apo_1_001", "frames/1_apo_1_001.mrc", 300_000L), (report.Name, report.FilePath, report.FileSizeBytes));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(movie)), report.FileSha256);
        Assert.Equal(new DateTimeOffset(File.GetLastWriteTimeUtc(Path.Combine(bench.FramesFolder, "1_apo_1_001.mrc"))), report.AcquiredAtUtc);
        Assert.Null(report.DefocusUAngstrom);
    }

    [Fact]
    public async Task A_kind_without_a_factory_answers_not_available_and_a_stop_of_a_track_that_never_ran_answers_not_running()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bench = new TrackBench();
        await using var host = bench.NewHost();

        await host.HandleAsync(TrackBench.Command(TrackKind.Preprocessing, TrackAction.Start, "c1"), ct);
        await host.HandleAsync(TrackBench.Command(TrackKind.Classification2D, TrackAction.Clear, "c2"), ct);
        await host.HandleAsync(TrackBench.Command(TrackKind.Transfer, TrackAction.Stop, "c3"), ct);

        var reports = bench.Link.All<TrackStatusReport>();
        Assert.Equal([(TrackKind.Preprocessing, TrackRunState.Error), (TrackKind.Classification2D, TrackRunState.Error), (TrackKind.Transfer, TrackRunState.NotRunning)],
            reports.Select(r => (r.Track, r.State)));
        Assert.All(reports.Take(2), r => Assert.Contains("not available on this agent", r.Message, StringComparison.Ordinal));
        Assert.Equal(3, reports.Select(r => r.IdempotencyKey).Distinct().Count());
        Assert.Empty(host.Running);
    }

    [Fact]
    public async Task A_restarted_agent_resumes_the_tracks_that_were_running_without_sending_a_file_twice()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bench = new TrackBench();
        await using (var first = bench.NewHost())
        {
            TrackBench.WriteFile(Path.Combine(bench.FramesFolder, "m_001.tif"), 100_000);
            await first.HandleAsync(TrackBench.Command(TrackKind.Transfer, TrackAction.Start, "c1"), ct);
            await bench.Link.WaitForAsync<TrackStatusReport>("the first movie sent", r => r.Progress.ItemsDone == 1 && r.State == TrackRunState.Waiting);
        }

        var second = TrackBench.WriteFile(Path.Combine(bench.FramesFolder, "m_002.tif"), 100_000);
        await using var restarted = bench.NewHost();
        Assert.Equal([(TrackBench.SessionId, TrackKind.Transfer)], restarted.Running.Select(r => (r.SessionId, r.Kind)));

        await restarted.ResumeAsync(ct);
        await bench.Link.WaitForAsync<TrackStatusReport>("both movies sent after the restart", r => r.Progress.ItemsDone == 2 && r.State == TrackRunState.Waiting);

        Assert.Equal(second, await ReadAsync(bench.Store, "frames/m_002.tif"));
        Assert.Single(bench.Link.All<LogReport>(), l => l.Message.StartsWith("Sent 'frames/m_001.tif'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Clear_forgets_the_queue_so_a_start_looks_at_every_file_again_and_finds_it_already_stored()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bench = new TrackBench();
        await using var host = bench.NewHost();
        TrackBench.WriteFile(Path.Combine(bench.FramesFolder, "m_001.tif"), 100_000);
        await host.HandleAsync(TrackBench.Command(TrackKind.Transfer, TrackAction.Start, "c1"), ct);
        await bench.Link.WaitForAsync<TrackStatusReport>("the movie sent", r => r.Progress.ItemsDone == 1 && r.State == TrackRunState.Waiting);
        await host.HandleAsync(TrackBench.Command(TrackKind.Transfer, TrackAction.Stop, "c2"), ct);

        await host.HandleAsync(TrackBench.Command(TrackKind.Transfer, TrackAction.Clear, "c3"), ct);

        var cleared = await bench.Link.WaitForAsync<TrackStatusReport>("the cleared status", r => r.Message == "Cleared");
        Assert.Equal((TrackRunState.NotRunning, 0L), (cleared.State, cleared.Progress.ItemsDone));
        Assert.False(Directory.Exists(Path.Combine(bench.Folders.TracksFolder, TrackBench.SessionId, "transfer")));
        await host.HandleAsync(TrackBench.Command(TrackKind.Transfer, TrackAction.Start, "c4"), ct);
        await bench.Link.WaitForAsync<TrackStatusReport>("the movie found again", r => r.Progress.ItemsDone == 1 && r.State == TrackRunState.Waiting && r.IdempotencyKey != cleared.IdempotencyKey
            && bench.Link.All<LogReport>().Count(l => l.Message.StartsWith("Sent 'frames/m_001.tif'", StringComparison.Ordinal)) == 2);
        var resent = bench.Link.All<LogReport>().Last(l => l.Message.StartsWith("Sent 'frames/m_001.tif'", StringComparison.Ordinal));
        Assert.Contains(" 0 sent", resent.Message, StringComparison.Ordinal);

        // The movie found again is reported again under the same idempotency key: the platform records and counts it once.
        var movieReports = 0;
        await bench.Link.WaitForAsync<MicrographReport>("the second movie report", _ => ++movieReports == 2);
        Assert.Single(bench.Link.All<MicrographReport>().Select(r => r.IdempotencyKey).Distinct());
    }

    private static async Task<byte[]> ReadAsync(IBlobStore store, string name)
    {
        await using var stream = await store.OpenReadAsync(BlobKey.Parse(TrackBench.Prefix + name), null, TestContext.Current.CancellationToken);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
        return copy.ToArray();
    }
}
