using Platform.Blobs.Store;
using Platform.Transfer.Queue;
using Platform.Transfer.Tests.Fixtures;
using Platform.Transfer.Track;

namespace Platform.Transfer.Tests.Track;

public sealed class TransferToAzuriteTests(AzuriteServer azurite) : IDisposable
{
    private readonly HttpClient _http = new();
    private readonly string _container = "t" + Guid.NewGuid().ToString("N")[..12];

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Complete_files_arrive_verified_under_the_session_prefix_and_the_sources_are_untouched()
    {
        var token = TestContext.Current.CancellationToken;
        var platform = await azurite.CreateContainerAsync(_http, _container, token);
        var grants = new AzuriteGrantSource(_http, azurite.Options(_container), AzuriteServer.AccountKey, "fac/s1/", TimeSpan.FromHours(1), TimeProvider.System);
        await using var harness = new TrackHarness(grants);
        var movie = harness.Frames.Write("grid1/movie_0001.tif", 1_000_000, seed: 1);
        var image = harness.Frames.Write("grid1/thumbs/movie_0001.png", 3_000, seed: 2);
        var before = new[] { movie, image }.Select(p => (Bytes: File.ReadAllBytes(p), Modified: File.GetLastWriteTimeUtc(p))).ToList();

        await harness.Track.StartAsync(token);
        var sent = await harness.Reporter.CompletedAsync("grid1/movie_0001.tif");
        await harness.Reporter.CompletedAsync("grid1/thumbs/movie_0001.png");
        var final = await harness.Track.FinishAsync(token);

        Assert.Equal(TrackState.Finished, final.State);
        Assert.Equal(2, final.Counts.Completed);
        Assert.Equal(("fac/s1/grid1/movie_0001.tif", 1_000_000L, 0L, 2), (sent.Result.BlobKey, sent.Result.BytesSent, sent.Result.BytesReused, sent.Result.ReadBackBlocks));
        Assert.Equal(before[0].Bytes, await TrackHarness.ReadAsync(platform, "fac/s1/grid1/movie_0001.tif"));
        Assert.Equal(before[1].Bytes, await TrackHarness.ReadAsync(platform, "fac/s1/grid1/thumbs/movie_0001.png"));
        var properties = await platform.GetPropertiesAsync(Blobs.Keys.BlobKey.Parse("fac/s1/grid1/movie_0001.tif"), token);
        Assert.Equal(TrackHarness.Sha256Of(before[0].Bytes), properties!.Metadata[BlobProperties.Sha256MetadataName]);
        Assert.Equal(TrackHarness.Sha256Of(before[0].Bytes), harness.Queue.Find("grid1/movie_0001.tif")!.Sha256);
        Assert.Equal(16, harness.Queue.Blocks(sent.Item.Id).Count);
        Assert.Equal(before[0].Bytes, File.ReadAllBytes(movie));
        Assert.Equal(before[0].Modified, File.GetLastWriteTimeUtc(movie));
        Assert.Equal(before[1].Bytes, File.ReadAllBytes(image));
        Assert.Equal(before[1].Modified, File.GetLastWriteTimeUtc(image));
        Assert.Contains(harness.Track.RecentLog, line => line.Message.StartsWith("Sent 'grid1/movie_0001.tif'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_rewritten_under_a_name_already_sent_is_reported_as_a_duplicate_and_not_sent_again()
    {
        var token = TestContext.Current.CancellationToken;
        var platform = await azurite.CreateContainerAsync(_http, _container, token);
        var grants = new AzuriteGrantSource(_http, azurite.Options(_container), AzuriteServer.AccountKey, "fac/s2/", TimeSpan.FromHours(1), TimeProvider.System);
        await using var harness = new TrackHarness(grants);
        var original = File.ReadAllBytes(harness.Frames.Write("movie.tif", 5_000, seed: 1));
        await harness.Track.StartAsync(token);
        await harness.Reporter.CompletedAsync("movie.tif");

        harness.Frames.Write("movie.tif", 6_000, seed: 2);
        var duplicate = await harness.Reporter.WaitForAsync<DuplicateFile>(d => d.BlobName == "movie.tif", "the duplicate report");
        var final = await harness.Track.FinishAsync(token);

        Assert.Equal((6_000L, 5_000L, TransferState.Completed), (duplicate.SizeBytes, duplicate.Existing.SizeBytes, duplicate.Existing.State));
        Assert.Equal((1, 1), (final.Counts.Completed, final.Counts.Duplicates));
        Assert.Equal(original, await TrackHarness.ReadAsync(platform, "fac/s2/movie.tif"));
        Assert.Single(harness.Reporter.All<RecordingReporter.FileCompletedEvent>());
    }

    [Fact]
    public async Task A_name_taken_in_storage_by_other_content_is_skipped_and_after_clearing_it_is_sent()
    {
        var token = TestContext.Current.CancellationToken;
        var platform = await azurite.CreateContainerAsync(_http, _container, token);
        var grants = new AzuriteGrantSource(_http, azurite.Options(_container), AzuriteServer.AccountKey, "fac/s3/", TimeSpan.FromHours(1), TimeProvider.System);
        await new Blobs.Upload.BlockUploader(platform, new Blobs.Upload.BlockUploadOptions())
            .UploadAsync(new MemoryStream(new byte[] { 1, 2, 3 }), Blobs.Keys.BlobKey.Parse("fac/s3/movie.tif"), token);
        await using var harness = new TrackHarness(grants);
        var content = File.ReadAllBytes(harness.Frames.Write("movie.tif", 5_000, seed: 1));

        await harness.Track.StartAsync(token);
        var skipped = await harness.Reporter.WaitForAsync<RecordingReporter.FileFailedEvent>(f => !f.WillRetry, "the skip");
        Assert.Equal(TransferState.Skipped, skipped.Item.State);
        Assert.Contains("already exists with different content", skipped.Error, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 1, 2, 3 }, await TrackHarness.ReadAsync(platform, "fac/s3/movie.tif"));

        await platform.DeleteAsync(Blobs.Keys.BlobKey.Parse("fac/s3/movie.tif"), token);
        Assert.Equal(1, await harness.Track.ClearAsync(token));
        await harness.Reporter.CompletedAsync("movie.tif");

        Assert.Equal(content, await TrackHarness.ReadAsync(platform, "fac/s3/movie.tif"));
    }
}
