using Platform.Transfer.Grants;
using Platform.Transfer.Queue;
using Platform.Transfer.Uploading;
using Platform.Transfer.Watching;

namespace Platform.Transfer.Track;

/// <summary>The worker: scan, queue, upload the next due file, wait; and the state it reports.</summary>
public sealed partial class TransferTrack
{
    private CancellationTokenSource? _nap;

    private async Task RunAsync(TransferTrackOptions options, CancellationToken cancellationToken)
    {
        var watchers = options.Sources.Select(source => new FolderWatcher(source, _timeProvider)).ToList();
        var grants = new GrantHolder(_grantSource, options.Upload.RenewGrantBefore, _timeProvider, _log);
        var uploader = new FileUploader(options.Upload, grants, _queue, _reporter, _log, _timeProvider);
        _log.Info($"Transfer track started on {string.Join(", ", options.Sources.Select(s => $"'{s.FolderPath}'"))} ({options.Upload.BlockSizeBytes} byte blocks, {options.Upload.Parallelism} in flight).");
        long? lastScan = null;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var foundNew = false;
                if (lastScan is null || _timeProvider.GetElapsedTime(lastScan.Value) >= options.Watch.ScanInterval)
                {
                    lastScan = _timeProvider.GetTimestamp();
                    foundNew = watchers.Aggregate(false, (found, watcher) => QueueReadyFiles(watcher) | found);
                }

                if (_queue.NextDue(_timeProvider.GetUtcNow()) is { } item)
                {
                    SetState(TrackState.Running, null, item.BlobName);
                    var attempt = await uploader.TransferAsync(item, cancellationToken).ConfigureAwait(false);
                    _lastBytesPerSecond = attempt.Result?.BytesPerSecond ?? _lastBytesPerSecond;
                    continue;
                }

                var nextDue = _queue.NextDueAt();
                if (_finished is { } finished && nextDue is null && !foundNew && watchers.Sum(watcher => watcher.Unsettled) == 0)
                {
                    _log.Info("Everything found has been sent; the transfer track finished.");
                    SetState(TrackState.Finished, null);
                    finished.TrySetResult(Status);
                    return;
                }

                SetState(TrackState.Waiting, null);
                var nap = options.Watch.ScanInterval;
                if (nextDue is { } due && due - _timeProvider.GetUtcNow() < nap)
                {
                    nap = due - _timeProvider.GetUtcNow();
                }

                await NapAsync(nap, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _log.Info("Transfer track stopped.");
        }
        catch (Exception e)
        {
            // Queue disk full, frames folder missing, anything unforeseen: stop and say why; nothing queued is lost.
            _log.Error($"Transfer track stopped on an error: {e.Message}");
            SetState(TrackState.Error, e.Message);
            _finished?.TrySetResult(Status);
        }
    }

    private bool QueueReadyFiles(FolderWatcher watcher)
    {
        var queuedAny = false;
        foreach (var file in watcher.Scan())
        {
            var result = _queue.Enqueue(file);
            switch (result.Outcome)
            {
                case EnqueueOutcome.Queued:
                    queuedAny = true;
                    _log.Info($"Queued '{file.BlobName}' ({file.SizeBytes} bytes).");
                    _reporter.FileQueued(result.Item);
                    break;
                case EnqueueOutcome.Duplicate:
                    _log.Warning($"'{file.SourcePath}' ({file.SizeBytes} bytes, modified {file.ModifiedAt:O}) claims the name '{file.BlobName}', "
                        + $"already queued for '{result.Item.SourcePath}' ({result.Item.SizeBytes} bytes, modified {result.Item.ModifiedAt:O}); it is not sent.");
                    _reporter.DuplicateFound(result.Duplicate!);
                    break;
            }
        }

        return queuedAny;
    }

    private async Task NapAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        using var nap = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Volatile.Write(ref _nap, nap);
        try
        {
            await Task.Delay(duration, _timeProvider, nap.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Woken early (finish requested).
        }
        finally
        {
            Volatile.Write(ref _nap, null);
        }
    }

    private void Wake()
    {
        try
        {
            Volatile.Read(ref _nap)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The nap ended on its own meanwhile.
        }
    }

    private void SetState(TrackState state, string? message, string? current = null)
    {
        lock (_stateLock)
        {
            if (_state == state && _message == message && _current == current)
            {
                return;
            }

            _state = state;
            _message = message;
            _current = current;
        }

        _reporter.StatusChanged(Status);
    }
}
