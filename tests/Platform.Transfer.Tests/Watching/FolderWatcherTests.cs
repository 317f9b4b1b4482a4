using Platform.Testing;
using Platform.Transfer.Tests.Fixtures;
using Platform.Transfer.Watching;

namespace Platform.Transfer.Tests.Watching;

public sealed class FolderWatcherTests : IDisposable
{
    private readonly TempFolder _frames = new();
    private readonly ManualTimeProvider _clock = new();
    private readonly FolderWatcher _watcher;

    public FolderWatcherTests() =>
        _watcher = new FolderWatcher(new WatchOptions(_frames.Path) { StableFor = TimeSpan.FromSeconds(5) }, _clock);

    public void Dispose() => _frames.Dispose();

    [Fact]
    public void A_growing_file_is_ready_only_once_its_size_has_been_stable_for_the_interval()
    {
        var path = _frames.Write("movie.tif", 1000, seed: 1);
        Assert.Empty(_watcher.Scan());
        _clock.Advance(TimeSpan.FromSeconds(4));
        using (var grow = new FileStream(path, FileMode.Append, FileAccess.Write))
        {
            grow.Write(new byte[500]);
        }

        Assert.Empty(_watcher.Scan());
        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Empty(_watcher.Scan());
        _clock.Advance(TimeSpan.FromSeconds(1));

        var ready = Assert.Single(_watcher.Scan());
        Assert.Equal(("movie.tif", 1500L), (ready.BlobName, ready.SizeBytes));
        Assert.Empty(_watcher.Scan());
    }

    [Fact]
    public void A_file_still_open_for_writing_is_not_ready_even_when_its_size_is_stable()
    {
        var path = _frames.File("movie.tif");
        using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            writer.Write(new byte[1000]);
            writer.Flush();
            Assert.Empty(_watcher.Scan());
            _clock.Advance(TimeSpan.FromSeconds(10));
            Assert.Empty(_watcher.Scan());
            Assert.Equal(1, _watcher.Unsettled);
        }

        Assert.Single(_watcher.Scan());
    }

    [Fact]
    public void Movies_and_images_in_subfolders_are_found_with_slash_separated_names_and_others_are_ignored()
    {
        _frames.Write("grid1/sq3/movie_0001.tif", 10, seed: 1);
        _frames.Write("grid1/thumbs/movie_0001.png", 10, seed: 2);
        _frames.Write("grid2/movie_0002.EER", 10, seed: 3);
        _frames.Write("grid1/notes.txt", 10, seed: 4);
        _frames.Write("grid1/.movie_0003.tif", 10, seed: 5);
        _watcher.Scan();
        _clock.Advance(TimeSpan.FromSeconds(5));

        var names = _watcher.Scan().Select(file => file.BlobName).Order(StringComparer.Ordinal);

        Assert.Equal(["grid1/sq3/movie_0001.tif", "grid1/thumbs/movie_0001.png", "grid2/movie_0002.EER"], names);
    }

    [Fact]
    public void A_file_rewritten_after_it_was_reported_is_reported_again_with_its_new_size()
    {
        var path = _frames.Write("movie.tif", 100, seed: 1);
        _watcher.Scan();
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Single(_watcher.Scan());

        _frames.Write("movie.tif", 200, seed: 2);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        Assert.Empty(_watcher.Scan());
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(200, Assert.Single(_watcher.Scan()).SizeBytes);
    }

    [Fact]
    public void Scanning_a_missing_frames_folder_says_which_folder_is_missing()
    {
        var watcher = new FolderWatcher(new WatchOptions(_frames.File("absent")), _clock);

        var error = Assert.Throws<DirectoryNotFoundException>(() => watcher.Scan());

        Assert.Contains(_frames.File("absent"), error.Message, StringComparison.Ordinal);
    }
}
