using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Tracks.Classification;
using Platform.Processing.Classification;

namespace Platform.EdgeAgent.Tests.Tracks;

public sealed class ClassificationTrackTests
{
    private static ClassificationTrackOptions Options => new()
    {
        ClassCount = 2, MinBatchParticles = 100, PublishEvery = TimeSpan.Zero, PollInterval = TimeSpan.FromMilliseconds(100),
        SettleTime = TimeSpan.FromSeconds(5), MaxThreads = 2, Seed = 7,
    };

    [Fact]
    public async Task Micrographs_of_two_real_maps_appearing_in_the_preprocessing_folder_are_classified_with_at_least_90_percent_purity()
    {
        using var folder = new ClassificationFolder();
        await using var track = new ClassificationTrack(Options);
        for (var i = 0; i < ClassificationFolder.MicrographCount; i++)
        {
            folder.Add(i);
        }

        await track.StartAsync(folder.Session, TestContext.Current.CancellationToken);
        var total = Enumerable.Range(0, ClassificationFolder.MicrographCount).Sum(i => ClassificationFolder.Micrograph(i).Picks.Length);
        var report = await folder.Link.WaitForAsync<ClassAveragesReport>("class averages of every particle", r => r.ParticleCount == total);
        await folder.Link.WaitForAsync<TrackStatusReport>("the track idle once every micrograph is in", s => s.State == TrackRunState.Waiting && s.Progress.ItemsDone == 6);
        await track.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(64, report.BoxPixels);
        Assert.Equal([1, 2], report.Classes.Select(c => c.Number));
        Assert.Equal(total, report.Classes.Sum(c => c.ParticleCount));
        Assert.All(report.Classes, c => Assert.True(c.Png.Span.StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G']), "class image is a PNG"));
        Assert.All(report.Classes, c => Assert.InRange(c.ResolutionAngstrom!.Value, 2 * report.PixelSizeAngstrom, 60));

        // Purity of the model the track saved in its folder: every extracted particle assigned to its most probable class.
        var store = new ClassificationStore(folder.Session.FolderOf(TrackKind.Classification2D));
        var extractor = new ParticleExtractor(folder.Session.Settings.PixelSizeAngstrom, folder.Session.Settings.ParticleRadiusAngstrom, 64);
        var saved = store.Load(p => new Classification2DSettings
        {
            ClassCount = p.ClassCount, PixelSizeAngstrom = extractor.PixelSizeAngstrom, MaskRadiusPixels = extractor.MaskRadiusPixels + 2, MaxThreads = 2,
        }) ?? throw new InvalidOperationException("the track saved no state");
        Assert.Equal(Enumerable.Range(0, ClassificationFolder.MicrographCount).Select(ClassificationFolder.NameOf), saved.Progress.Done);
        var particles = Enumerable.Range(0, ClassificationFolder.MicrographCount)
            .SelectMany(i => extractor.Extract(ClassificationFolder.Micrograph(i).Image, ClassificationFolder.Micrograph(i).Picks)).ToList();
        var truth = Enumerable.Range(0, ClassificationFolder.MicrographCount).SelectMany(i => ClassificationFolder.Micrograph(i).Truth).ToList();
        var purity = Purity(saved.Classifier.Classify(particles), truth);
        TestContext.Current.TestOutputHelper?.WriteLine($"{total} particles; purity {purity:P1}; "
            + string.Join("; ", report.Classes.Select(c => $"class {c.Number}: {c.ParticleCount} particles, {c.ResolutionAngstrom:F1} Å")));
        Assert.True(purity >= 0.9, $"purity {purity:P1} is below 90 %");
        Assert.Contains(folder.Link.All<LogReport>(), l => l.Panel == LogPanel.Classification2D && l.Message.StartsWith("Published class averages", StringComparison.Ordinal));
        Assert.Equal(TrackRunState.NotRunning, folder.Link.All<TrackStatusReport>()[^1].State);
    }

    [Fact]
    public async Task A_restarted_track_continues_from_its_saved_model_and_takes_each_micrograph_once()
    {
        using var folder = new ClassificationFolder();
        var first = new ClassificationTrack(Options);
        folder.Add(0);
        folder.Add(1);
        await first.StartAsync(folder.Session, TestContext.Current.CancellationToken);
        var early = await folder.Link.WaitForAsync<ClassAveragesReport>("averages of the first two micrographs", r => r.ParticleCount == 200);
        await first.DisposeAsync();

        folder.Add(2);
        await using var second = new ClassificationTrack(Options);
        await second.StartAsync(folder.Session, TestContext.Current.CancellationToken);
        var later = await folder.Link.WaitForAsync<ClassAveragesReport>("averages after the restart", r => r.ParticleCount == 300);
        await second.StopAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(early.IdempotencyKey, later.IdempotencyKey);
        Assert.DoesNotContain(folder.Link.All<ClassAveragesReport>(), r => r.ParticleCount > 300);
        Assert.Contains(folder.Link.All<LogReport>(), l => l.Message.StartsWith("Resumed: 2 micrographs and 200 particles", StringComparison.Ordinal));
        Assert.Equal(TrackRunState.NotRunning, second.Snapshot.State);
        Assert.Equal(3, second.Snapshot.Progress.ItemsDone);
    }

    [Fact]
    public async Task Clear_forgets_the_model_so_the_next_start_classifies_every_micrograph_again()
    {
        using var folder = new ClassificationFolder();
        await using var track = new ClassificationTrack(Options);
        folder.Add(0);
        await track.StartAsync(folder.Session, TestContext.Current.CancellationToken);
        var before = await folder.Link.WaitForAsync<ClassAveragesReport>("averages before clearing", r => r.ParticleCount == 100);
        await track.ClearAsync(TestContext.Current.CancellationToken);
        Assert.False(File.Exists(new ClassificationStore(folder.Session.FolderOf(TrackKind.Classification2D)).StatePath));
        Assert.Equal((TrackRunState.NotRunning, 0L), (track.Snapshot.State, track.Snapshot.Progress.ItemsDone));

        await track.StartAsync(folder.Session, TestContext.Current.CancellationToken);
        var again = await folder.Link.WaitForAsync<ClassAveragesReport>("averages of the new run", r => r.IdempotencyKey != before.IdempotencyKey);
        Assert.Equal(100, again.ParticleCount);
    }

    [Fact]
    public async Task An_unreadable_micrograph_is_skipped_and_counted_failed_while_the_others_are_classified()
    {
        using var folder = new ClassificationFolder();
        await using var track = new ClassificationTrack(Options);
        File.WriteAllText(Path.Combine(folder.Input, "broken_sum_dw.mrc"), "not an MRC file");
        var picks = Path.Combine(folder.Input, "broken_picks.star");
        File.WriteAllText(picks, "data_\nloop_\n_rlnCoordinateX #1\n_rlnCoordinateY #2\n100 100\n");
        File.SetLastWriteTimeUtc(picks, DateTime.UtcNow.AddMinutes(-2));
        folder.Add(0);
        await track.StartAsync(folder.Session, TestContext.Current.CancellationToken);
        await folder.Link.WaitForAsync<ClassAveragesReport>("averages of the readable micrograph", r => r.ParticleCount == 100);
        var waiting = await folder.Link.WaitForAsync<TrackStatusReport>("the track waiting", r => r.State == TrackRunState.Waiting);

        Assert.Equal((1, 1), (waiting.Progress.ItemsDone, waiting.Progress.ItemsFailed));
        Assert.Contains(folder.Link.All<LogReport>(), l => l.Message.StartsWith("broken: skipped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_damaged_state_file_stops_the_track_with_an_error_saying_to_clear_it()
    {
        using var folder = new ClassificationFolder();
        var store = new ClassificationStore(folder.Session.FolderOf(TrackKind.Classification2D));
        Directory.CreateDirectory(store.Folder);
        File.WriteAllBytes(store.StatePath, "CT2D\x10\0\0\0{\"RunId\":\"x\"}garbage"u8.ToArray());
        await using var track = new ClassificationTrack(Options);
        await track.StartAsync(folder.Session, TestContext.Current.CancellationToken);
        var error = await folder.Link.WaitForAsync<TrackStatusReport>("the error report", r => r.State == TrackRunState.Error);

        Assert.Contains("Clear the track", error.Message, StringComparison.Ordinal);
        await track.Completion;
        Assert.Equal(TrackRunState.Error, track.Snapshot.State);
    }

    [Fact]
    public async Task Once_caught_up_the_track_publishes_new_particles_without_waiting_for_the_publication_interval()
    {
        using var folder = new ClassificationFolder();
        await using var track = new ClassificationTrack(Options with { PublishEvery = TimeSpan.FromHours(1), PublishWhenCaughtUpAfter = TimeSpan.Zero });
        folder.Add(0);
        await track.StartAsync(folder.Session, TestContext.Current.CancellationToken);
        await folder.Link.WaitForAsync<ClassAveragesReport>("the first averages", r => r.ParticleCount == 100);
        folder.Add(1);

        var caughtUp = await folder.Link.WaitForAsync<ClassAveragesReport>("averages published on catching up", r => r.ParticleCount == 200);
        Assert.Equal(2, folder.Link.All<ClassAveragesReport>().Count);
        Assert.EndsWith("/averages/2", caughtUp.IdempotencyKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caught_up_track_publishes_no_sooner_than_its_caught_up_interval_after_the_last_publication()
    {
        using var folder = new ClassificationFolder();
        await using var track = new ClassificationTrack(Options with { PublishEvery = TimeSpan.FromHours(1), PublishWhenCaughtUpAfter = TimeSpan.FromHours(1) });
        folder.Add(0);
        await track.StartAsync(folder.Session, TestContext.Current.CancellationToken);
        await folder.Link.WaitForAsync<ClassAveragesReport>("the first averages", r => r.ParticleCount == 100);
        folder.Add(1);

        // The Waiting report follows the caught-up publication decision for the second micrograph.
        await folder.Link.WaitForAsync<TrackStatusReport>("the track caught up after the second micrograph", s => s.State == TrackRunState.Waiting && s.Progress.ItemsDone == 2);
        Assert.Equal([100L], folder.Link.All<ClassAveragesReport>().Select(r => r.ParticleCount));
    }

    private static double Purity(IReadOnlyList<int> assigned, IReadOnlyList<int> truth)
    {
        var correct = assigned.Select((k, i) => (k, t: truth[i])).GroupBy(p => p.k).Sum(g => g.GroupBy(p => p.t).Max(h => h.Count()));
        return (double)correct / assigned.Count;
    }
}
