using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Tracks;
using Platform.EdgeAgent.Tracks.Preprocessing;
using Platform.Preprocessing.Tests.Support;

namespace Platform.Preprocessing.Tests.Tracks;

/// <summary>The pre-processing track over a folder of generated movies: outputs, reports, restart, corrupt input, clear.</summary>
public sealed class PreprocessingTrackTests : IDisposable
{
    private readonly MovieFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Each_complete_movie_is_processed_once_into_outputs_and_one_micrograph_report_and_a_corrupt_one_is_a_failed_item()
    {
        _folder.AddMovie("movie_a", seed: 1);
        _folder.AddTruncatedMovie("movie_broken");
        _folder.AddMovie("movie_b", seed: 2);
        var link = new RecordingLink();
        var session = Session(link);
        await using var track = new PreprocessingTrack(Options);

        await track.StartAsync(session, TestContext.Current.CancellationToken);
        await link.WaitForAsync(r => Micrographs(r).Count == 2 && Failures(r) == 1, "two micrograph reports and one failure");
        await track.StopAsync(TestContext.Current.CancellationToken);

        var reports = Micrographs(link.Reports);
        Assert.Equal(["movie_a", "movie_b"], reports.Select(m => m.Name).Order(StringComparer.Ordinal));
        foreach (var report in reports)
        {
            var meanDefocus = (report.DefocusUAngstrom!.Value + report.DefocusVAngstrom!.Value) / 2;
            TestContext.Current.TestOutputHelper?.WriteLine($"{report.Name}: mean defocus {meanDefocus:F0} Å (truth {MovieFolder.Truth.MeanDefocusAngstrom:F0}), {report.ParticleCount} particles, drift {report.DriftTotalAngstrom:F1} Å");
            Assert.Equal(MovieFolder.Truth.MeanDefocusAngstrom, meanDefocus, MovieFolder.Truth.MeanDefocusAngstrom * 0.03);
            Assert.Equal(6, report.Frames);
            Assert.Equal(6, report.DriftTraceXAngstrom.Count);
            Assert.Equal(12.0, report.DoseElectronsPerSquareAngstrom);
            Assert.InRange(report.ParticleCount!.Value, 5, 60);
            Assert.Equal($"preprocessing/{report.Name}_thumb.png", report.ThumbnailPath);
            Assert.Equal($"preprocessing/{report.Name}_ps.png", report.PowerSpectrumPath);
            Assert.Equal($"preprocessing/{report.Name}_picks.star", report.PicksPath);
            foreach (var key in new[] { report.ThumbnailPath, report.PowerSpectrumPath, report.PicksPath })
            {
                Assert.True(File.Exists(Path.Combine(session.SessionWorkFolder, key!)), key);
            }
        }

        Assert.Contains(Logs(link.Reports), line => line.StartsWith("movie_broken: failed", StringComparison.Ordinal));
        Assert.Equal(TrackRunState.NotRunning, track.Snapshot.State);
        Assert.Equal((2, 1), (track.Snapshot.Progress.ItemsDone, track.Snapshot.Progress.ItemsFailed));
        var statuses = link.Reports.OfType<TrackStatusReport>().ToList();
        Assert.All(statuses, s => Assert.Equal(TrackKind.Preprocessing, s.Track));
        Assert.Contains(statuses, s => s.State == TrackRunState.Running);
        Assert.Equal(TrackRunState.NotRunning, statuses[^1].State);
    }

    [Fact]
    public async Task After_a_restart_done_movies_are_skipped_and_a_movie_left_half_done_is_redone()
    {
        foreach (var (name, seed) in new[] { ("m1", 11), ("m2", 12), ("m3", 13) })
        {
            _folder.AddMovie(name, seed);
        }

        var link = new RecordingLink();
        var session = Session(link);
        await using (var first = new PreprocessingTrack(Options))
        {
            await first.StartAsync(session, TestContext.Current.CancellationToken);
            await link.WaitForAsync(r => Micrographs(r).Count == 3, "three micrograph reports");
            await first.StopAsync(TestContext.Current.CancellationToken);
        }

        // What a kill in the middle of m2 leaves: a half-written aligned sum and no durable record.
        var folder = session.FolderOf(TrackKind.Preprocessing);
        var sum = Path.Combine(folder, "m2_sum_dw.mrc");
        var wholeLength = new FileInfo(sum).Length;
        File.WriteAllBytes(sum, File.ReadAllBytes(sum)[..(int)(wholeLength / 2)]);
        File.Delete(Path.Combine(folder, "results", "m2.json"));

        await using (var second = new PreprocessingTrack(Options))
        {
            await second.StartAsync(session, TestContext.Current.CancellationToken);
            await link.WaitForAsync(r => Micrographs(r).Count == 4, "m2 reported again");
            await second.StopAsync(TestContext.Current.CancellationToken);
            Assert.Equal(3, second.Snapshot.Progress.ItemsDone);
        }

        var names = Micrographs(link.Reports).Select(m => m.Name).ToList();
        Assert.Equal(["m1", "m2", "m3"], names.Take(3).Order(StringComparer.Ordinal));
        Assert.Equal("m2", names[3]);
        Assert.Equal(wholeLength, new FileInfo(sum).Length);
    }

    [Fact]
    public async Task Stopping_abandons_the_movie_in_progress_and_the_next_start_finishes_it_without_repeating_others()
    {
        foreach (var (name, seed) in new[] { ("s1", 41), ("s2", 42), ("s3", 43) })
        {
            _folder.AddMovie(name, seed);
        }

        var link = new RecordingLink();
        await using (var first = new PreprocessingTrack(Options))
        {
            await first.StartAsync(Session(link), TestContext.Current.CancellationToken);
            await link.WaitForAsync(r => Micrographs(r).Count >= 1, "the first movie's report");
            await first.StopAsync(TestContext.Current.CancellationToken);
        }

        await using (var second = new PreprocessingTrack(Options))
        {
            await second.StartAsync(Session(link), TestContext.Current.CancellationToken);
            await link.WaitForAsync(r => Micrographs(r).Select(m => m.Name).Distinct().Count() == 3, "all three movies reported");
            await second.StopAsync(TestContext.Current.CancellationToken);
            Assert.Equal(3, second.Snapshot.Progress.ItemsDone);
        }

        Assert.All(Micrographs(link.Reports).GroupBy(m => m.Name), g => Assert.Single(g));
    }

    [Fact]
    public async Task Clear_empties_the_track_folder_and_the_next_start_processes_every_movie_again()
    {
        _folder.AddMovie("again", seed: 21);
        var link = new RecordingLink();
        var session = Session(link);
        await using var track = new PreprocessingTrack(Options);
        await track.StartAsync(session, TestContext.Current.CancellationToken);
        await link.WaitForAsync(r => Micrographs(r).Count == 1, "the movie's report");

        await track.ClearAsync(TestContext.Current.CancellationToken);

        var folder = session.FolderOf(TrackKind.Preprocessing);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any(), "the track folder should be empty");
        Assert.Equal(TrackSnapshot.NotRunning, track.Snapshot);
        Assert.True(File.Exists(Path.Combine(_folder.Frames, "again.tif")), "the source movie is never touched");
        await track.StartAsync(session, TestContext.Current.CancellationToken);
        await link.WaitForAsync(r => Micrographs(r).Count == 2, "the movie reported again after clear");
        await track.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_missing_gain_reference_puts_the_track_in_error_with_the_reason_and_nothing_runs()
    {
        _folder.AddMovie("unused", seed: 31);
        var link = new RecordingLink();
        var session = Session(link) with { Settings = Settings with { GainReferencePath = Path.Combine(_folder.Root, "no-such-gain.mrc") } };
        await using var track = new PreprocessingTrack(Options);

        await track.StartAsync(session, TestContext.Current.CancellationToken);

        Assert.Equal(TrackRunState.Error, track.Snapshot.State);
        Assert.Contains("no-such-gain.mrc", track.Snapshot.Message, StringComparison.Ordinal);
        Assert.Empty(Micrographs(link.Reports));
        Assert.Equal(TrackRunState.Error, link.Reports.OfType<TrackStatusReport>().Last().State);
    }

    [Fact]
    public async Task A_link_that_refuses_the_micrograph_report_stops_the_track_in_error_without_recording_the_movie_done()
    {
        _folder.AddMovie("unreported", seed: 51);
        var link = new RecordingLink(refuse: r => r is MicrographReport);
        var session = Session(link);
        await using var track = new PreprocessingTrack(Options);

        await track.StartAsync(session, TestContext.Current.CancellationToken);
        await link.WaitForAsync(r => r.OfType<TrackStatusReport>().Any(s => s.State == TrackRunState.Error), "an error status");

        Assert.Equal(TrackRunState.Error, track.Snapshot.State);
        Assert.Contains("outbox is full", track.Snapshot.Message, StringComparison.Ordinal);
        Assert.Null(new PreprocessedMovies(session.FolderOf(TrackKind.Preprocessing)).Find("unreported"));
    }

    internal static PreprocessingTrackOptions Options { get; } = new()
    {
        StableFor = TimeSpan.FromMilliseconds(200),
        ScanInterval = TimeSpan.FromMilliseconds(100),
        MaxThreads = 2,
    };

    internal static ProcessingSettings Settings { get; } = new()
    {
        PixelSizeAngstrom = MovieFolder.PixelSizeAngstrom,
        ParticleRadiusAngstrom = 55,
        DosePerFrameElectronsPerSquareAngstrom = MovieFolder.DosePerFrame,
    };

    internal static List<MicrographReport> Micrographs(IReadOnlyList<AgentReport> reports) => [.. reports.OfType<MicrographReport>()];

    private static int Failures(IReadOnlyList<AgentReport> reports) => Logs(reports).Count(l => l.Contains(": failed", StringComparison.Ordinal));

    private static List<string> Logs(IReadOnlyList<AgentReport> reports) => [.. reports.OfType<LogReport>().Where(l => l.Panel == LogPanel.Preprocessing).Select(l => l.Message)];

    private TrackSession Session(IPlatformLink link) => new("track-session", Settings, _folder.Frames, _folder.Work, link, TimeProvider.System);
}
