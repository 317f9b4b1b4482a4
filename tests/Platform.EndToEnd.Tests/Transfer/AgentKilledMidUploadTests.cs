using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Platform.Blobs.FileSystem;
using Platform.Blobs.Keys;
using Platform.EndToEnd.Tests.Screening;
using Platform.EndToEnd.Tests.Support;

namespace Platform.EndToEnd.Tests.Transfer;

/// <summary>
/// The agent executable SIGKILLed while its transfer track uploads a 300 MB movie to the Silo's filesystem backend: after a
/// restart the track resumes the movie from the blocks storage holds, the stored movie is whole, and no file is sent twice.
/// A second movie under a name already sent is reported on the TRANSFER panel and the stored one is kept.
/// </summary>
public sealed partial class AgentKilledMidUploadTests
{
    private const long MovieBytes = 300L << 20;
    private const int BlockBytes = 8 << 20; // UploadSettings' default block size

    [Fact]
    public async Task A_movie_interrupted_by_killing_the_agent_resumes_from_the_stored_blocks_after_a_restart_and_no_file_is_sent_twice()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var stack = await ScreeningStack.StartAsync(speed: 1000);
        var id = ScreeningStack.DemoSessionId;
        await using var events = new SessionEventRecorder(stack.GraphQL, id);
        var sessionFolder = await CompleteSmallRunAsync(stack, events);
        var moviePath = Path.Combine(sessionFolder, "big_movie_00001.mrc");
        var movieSha256 = await WriteMovieAsync(moviePath, MovieBytes, ct);
        var (prefix, token, _) = await SessionFilesView.ReadGrantAsync(stack, id);
        var key = BlobKey.Parse(prefix + "frames/big_movie_00001.mrc");
        var storage = new FileSystemBlobStore(Path.Combine(stack.Silo.Folder, ".data", "blobs"));

        // Storage's own view: kill once a good part of the movie's blocks is staged, before they are committed.
        await WaitForStagedBlocksAsync(storage, key, atLeast: 8, stack, ct);
        await stack.KillAgentAsync();
        var stagedAtKill = (await storage.GetUncommittedBlocksAsync(key, ct)).Count;
        Assert.Null(await storage.GetPropertiesAsync(key, ct));
        Assert.True(stagedAtKill * (long)BlockBytes < MovieBytes, $"the kill came after all {stagedAtKill} blocks were staged; nothing left to resume");

        await stack.RestartAgentAsync();
        var sent = await events.WaitForAsync("the resumed movie's transfer", e => SessionFilesView.IsSent(e, "frames/big_movie_00001.mrc"), TimeSpan.FromMinutes(3));
        var figures = SentFigures().Match(sent.GetProperty("message").GetString()!);
        Assert.True(figures.Success, sent.GetRawText());
        var (size, bytesSent, bytesResumed) = (Parse(figures, "size"), Parse(figures, "sent"), Parse(figures, "resumed"));
        Assert.Equal(MovieBytes, size);
        Assert.True(bytesSent < MovieBytes, $"after the restart {bytesSent} of {MovieBytes} bytes were sent again");
        Assert.True(bytesResumed >= (stagedAtKill - 4L) * BlockBytes, $"resumed {bytesResumed} bytes; {stagedAtKill} blocks were staged at the kill");
        Assert.Equal(MovieBytes, bytesSent + bytesResumed);

        using var http = new HttpClient { BaseAddress = stack.Silo.BaseAddress };
        Assert.Equal(movieSha256, await SessionFilesView.DownloadSha256Async(http, prefix, token, "frames/big_movie_00001.mrc"));
        Assert.Equal((MovieBytes, movieSha256), (new FileInfo(moviePath).Length, SessionFilesView.Sha256Of(moviePath)));
        var sentPaths = SessionFilesView.SentPaths(events.Events);
        Assert.Equal(sentPaths.Count, sentPaths.Distinct().Count());
    }

    [Fact]
    public async Task A_second_movie_under_a_name_already_sent_is_reported_on_the_transfer_panel_and_the_stored_movie_is_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var stack = await ScreeningStack.StartAsync(speed: 1000);
        var id = ScreeningStack.DemoSessionId;
        await using var events = new SessionEventRecorder(stack.GraphQL, id);
        var sessionFolder = await CompleteSmallRunAsync(stack, events);
        var moviePath = Path.Combine(sessionFolder, "same_name_00001.mrc");
        var firstSha256 = await WriteMovieAsync(moviePath, 3 << 20, ct);
        await events.WaitForAsync("the first movie's transfer", e => SessionFilesView.IsSent(e, "frames/same_name_00001.mrc"), TimeSpan.FromMinutes(2));

        // Another movie arrives under the same name (a re-used name on the microscope PC): different size, time and content.
        var secondSha256 = await WriteMovieAsync(moviePath, 2 << 20, ct);
        Assert.NotEqual(firstSha256, secondSha256);
        var warning = await events.WaitForAsync("the duplicate name's warning",
            e => SessionFilesView.IsTransferLog(e) && e.GetProperty("message").GetString()!.Contains("claims the name 'frames/same_name_00001.mrc'", StringComparison.Ordinal),
            TimeSpan.FromMinutes(2));
        Assert.Contains("it is not sent", warning.GetProperty("message").GetString()!, StringComparison.Ordinal);

        var (prefix, token, _) = await SessionFilesView.ReadGrantAsync(stack, id);
        using var http = new HttpClient { BaseAddress = stack.Silo.BaseAddress };
        Assert.Equal(firstSha256, await SessionFilesView.DownloadSha256Async(http, prefix, token, "frames/same_name_00001.mrc"));
        Assert.Equal(3 << 20, (await SessionFilesView.FilesAsync(stack, id))["frames/same_name_00001.mrc"].Size);
        Assert.Single(events.Events, e => SessionFilesView.IsSent(e, "frames/same_name_00001.mrc"));
    }

    /// <summary>Runs a one-exposure screening to completion (the transfer track keeps running after it); returns the session's frames folder.</summary>
    private static async Task<string> CompleteSmallRunAsync(ScreeningStack stack, SessionEventRecorder events)
    {
        await stack.ShrinkScreeningAsync(ScreeningStack.DemoSessionId, squares: 1, holes: 1);
        await stack.StartSessionAsync(ScreeningStack.DemoSessionId);
        await FullRunTests.WaitForFinalStateAsync(stack, events, "COMPLETED");
        return Assert.Single(Directory.GetDirectories(stack.FramesFolder));
    }

    /// <summary>Writes <paramref name="bytes"/> of random content beside <paramref name="path"/> and moves it into place (as a finished movie); returns its SHA-256.</summary>
    private static async Task<string> WriteMovieAsync(string path, long bytes, CancellationToken ct)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(path))!, Path.GetFileName(path) + ".writing");
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[4 << 20];
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            for (long written = 0; written < bytes; written += chunk.Length)
            {
                RandomNumberGenerator.Fill(chunk);
                var count = (int)Math.Min(chunk.Length, bytes - written);
                sha.AppendData(chunk, 0, count);
                await file.WriteAsync(chunk.AsMemory(0, count), ct);
            }
        }

        File.Move(temporary, path, overwrite: true);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Polls storage's block list of <paramref name="key"/> (no event exists for a staged block) until it holds <paramref name="atLeast"/> blocks.</summary>
    private static async Task WaitForStagedBlocksAsync(FileSystemBlobStore storage, BlobKey key, int atLeast, ScreeningStack stack, CancellationToken ct)
    {
        var giveUp = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(2);
        while ((await storage.GetUncommittedBlocksAsync(key, ct)).Count < atLeast)
        {
            if (DateTimeOffset.UtcNow > giveUp)
            {
                throw new TimeoutException($"{key} had fewer than {atLeast} staged blocks after 2 minutes\n{stack.Logs()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), ct);
        }
    }

    private static long Parse(Match match, string group) => long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Sent '[^']+': (?<size>\d+) bytes, (?<sent>\d+) sent, (?<resumed>\d+) resumed,")]
    private static partial Regex SentFigures();
}
