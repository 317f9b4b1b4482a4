using System.Globalization;
using Platform.AgentLink.Contracts;
using Platform.Processing.Pipeline;
using Platform.Transfer.Queue;
using Platform.Transfer.Watching;

namespace Platform.EdgeAgent.Tracks.Preprocessing;

/// <summary>The track's work loop: scan, process the oldest waiting movie, record, report.</summary>
public sealed partial class PreprocessingTrack
{
    private async Task RunAsync(TrackSession session, PreprocessedMovies movies, PreprocessingPipeline pipeline, CancellationToken ct)
    {
        try
        {
            await WatchAndProcessAsync(session, movies, pipeline, ct).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The link refused a report (outbox full, disk failure) or the folder scan failed: the track stops visibly, never silently.
            try
            {
                await SetAsync(TrackRunState.Error, Snapshot.Progress, $"stopped: {error.Message}", CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception) when (Snapshot.State == TrackRunState.Error)
            {
                // The snapshot shows the error even when the report about it could not be enqueued either.
            }
        }
    }

    private async Task WatchAndProcessAsync(TrackSession session, PreprocessedMovies movies, PreprocessingPipeline pipeline, CancellationToken ct)
    {
        var watcher = new FolderWatcher(new WatchOptions(session.FramesFolder)
        {
            Extensions = options.MovieExtensions,
            StableFor = options.StableFor,
            ScanInterval = options.ScanInterval,
        }, session.Time);
        var waiting = new List<ReadyFile>();
        await LogAsync($"Pre-processing started on {session.FramesFolder}", ct).ConfigureAwait(false);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            string? wait = null;
            try
            {
                foreach (var file in watcher.Scan())
                {
                    waiting.RemoveAll(w => w.SourcePath == file.SourcePath);
                    if (movies.NeedsWork(NameOf(file), file.SizeBytes, file.ModifiedAt))
                    {
                        waiting.Add(file);
                    }
                }
            }
            catch (DirectoryNotFoundException missing)
            {
                wait = missing.Message;
            }

            var pending = waiting.Count + (wait is null ? watcher.Unsettled : 0);
            if (waiting.Count == 0)
            {
                await SetAsync(TrackRunState.Waiting, Snapshot.Progress with { ItemsPending = pending, ItemsPerHour = Rate(session.Time) }, wait, ct).ConfigureAwait(false);
                await Task.Delay(options.ScanInterval, session.Time, ct).ConfigureAwait(false);
                continue;
            }

            var movie = waiting.OrderBy(w => w.ModifiedAt).ThenBy(w => w.SourcePath, StringComparer.Ordinal).First();
            waiting.Remove(movie);
            await SetAsync(TrackRunState.Running, Snapshot.Progress with { ItemsPending = pending }, $"processing {NameOf(movie)}", ct).ConfigureAwait(false);
            if (!await ProcessAsync(session, movies, pipeline, movie, ct).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Processes one movie; false when the track's own folder failed and the track stopped in error. A failure of the link
    /// or of the progress record propagates (the loop stops the track in error; the movie is redone after a restart).
    /// </summary>
    private async Task<bool> ProcessAsync(TrackSession session, PreprocessedMovies movies, PreprocessingPipeline pipeline, ReadyFile movie, CancellationToken ct)
    {
        var name = NameOf(movie);
        var started = session.Time.GetTimestamp();
        MicrographResult result;
        try
        {
            result = await Task.Run(() => pipeline.Process(movie.SourcePath, ct), ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await LogAsync($"{name}: abandoned (track stopping); it is processed again on the next start", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (IOException disk) when (disk is not FileNotFoundException and not DirectoryNotFoundException && IsOwnFolderFailure(session))
        {
            await LogAsync($"Pre-processing stopped: the track's folder failed ({disk.Message})", CancellationToken.None).ConfigureAwait(false);
            await SetAsync(TrackRunState.Error, Snapshot.Progress, $"cannot write outputs: {disk.Message}", CancellationToken.None).ConfigureAwait(false);
            return false;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Anything else is this movie's problem (corrupt, truncated, vanished, unexpected content): a failed item, never a stopped track.
            movies.Record(new MovieRecord(name, movie.SourcePath, movie.SizeBytes, movie.ModifiedAt, false, error.Message, session.Time.GetUtcNow()));
            await LogAsync($"{name}: failed, {error.Message}", ct).ConfigureAwait(false);
            await SetAsync(TrackRunState.Running, Snapshot.Progress with { ItemsFailed = Snapshot.Progress.ItemsFailed + 1 }, null, ct).ConfigureAwait(false);
            return true;
        }

        var now = session.Time.GetUtcNow();
        var seconds = session.Time.GetElapsedTime(started).TotalSeconds;
        // Report first, then record: a crash between the two redoes the movie and resends the same (mergeable) results.
        await session.Link.EnqueueAsync(MicrographReports.From(session.SessionId, result, movie.ModifiedAt, session.Settings, now), CancellationToken.None).ConfigureAwait(false);
        movies.Record(new MovieRecord(name, movie.SourcePath, movie.SizeBytes, movie.ModifiedAt, true, null, now,
            result.DefocusUAngstrom, result.TotalDriftAngstrom, result.ParticleCount, seconds));
        lock (_stateLock)
        {
            _completions.Add(session.Time.GetTimestamp());
        }

        await LogAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name}: drift {result.TotalDriftAngstrom:F1} Å, defocus {result.DefocusUAngstrom:F0}/{result.DefocusVAngstrom:F0} Å, fit {result.CtfFitResolutionAngstrom:F1} Å, {result.ParticleCount} particles ({seconds:F1} s)"), ct).ConfigureAwait(false);
        await SetAsync(TrackRunState.Running, Snapshot.Progress with { ItemsDone = Snapshot.Progress.ItemsDone + 1, ItemsPerHour = Rate(session.Time) }, null, ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>True when the track's folder cannot take a small write now (full disk, read-only, removed permissions).</summary>
    private static bool IsOwnFolderFailure(TrackSession session)
    {
        var probe = Path.Combine(session.FolderOf(TrackKind.Preprocessing), ".write-probe");
        try
        {
            File.WriteAllBytes(probe, new byte[4096]);
            File.Delete(probe);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static string NameOf(ReadyFile file) => MovieFiles.NameOf(file.SourcePath);

    /// <summary>Movies per hour over the completions of the last hour (null until two have completed).</summary>
    private double? Rate(TimeProvider time)
    {
        lock (_stateLock)
        {
            var now = time.GetTimestamp();
            _completions.RemoveAll(t => time.GetElapsedTime(t, now) > TimeSpan.FromHours(1));
            if (_completions.Count < 2)
            {
                return null;
            }

            var span = time.GetElapsedTime(_completions[0], _completions[^1]);
            return span > TimeSpan.Zero ? (_completions.Count - 1) / span.TotalHours : null;
        }
    }

    /// <summary>Updates the snapshot and reports it when state, counters or message changed.</summary>
    private async Task SetAsync(TrackRunState state, TrackProgress progress, string? message, CancellationToken ct)
    {
        var next = new TrackSnapshot(state, progress, message);
        lock (_stateLock)
        {
            if (next == _snapshot)
            {
                return;
            }

            _snapshot = next;
        }

        if (_session is { } session)
        {
            var key = $"{session.SessionId}/preprocessing/status/{_runId}/{Interlocked.Increment(ref _reportSequence)}";
            await session.Link.EnqueueAsync(new TrackStatusReport(key, session.SessionId, session.Time.GetUtcNow(), TrackKind.Preprocessing, state, progress, message), ct).ConfigureAwait(false);
        }
    }

    private async Task LogAsync(string message, CancellationToken ct)
    {
        if (_session is { } session)
        {
            var key = $"{session.SessionId}/preprocessing/log/{_runId}/{Interlocked.Increment(ref _reportSequence)}";
            await session.Link.EnqueueAsync(new LogReport(key, session.SessionId, session.Time.GetUtcNow(), LogPanel.Preprocessing, message), ct).ConfigureAwait(false);
        }
    }
}
