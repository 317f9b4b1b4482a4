using Platform.Blobs.Errors;
using Platform.Blobs.Keys;
using Platform.Transfer.Grants;
using Platform.Transfer.Queue;
using Platform.Transfer.Reporting;

namespace Platform.Transfer.Uploading;

/// <summary>
/// Sends one queued file to storage with the current grant (parallel MD5-checked blocks through
/// <see cref="Blobs.Upload.BlockUploader"/>, whole-file SHA-256 in the blob's metadata, sampled read-back),
/// resuming from the blocks storage already holds, and records the outcome in the queue.
/// </summary>
/// <remarks>
/// An expired or refused grant is renewed from the <see cref="IUploadGrantSource"/> and the attempt carries on;
/// transient failures leave the file queued with exponential backoff and jitter until
/// <see cref="UploadSettings.MaxAttemptsPerFile"/>. The source is opened read-only and never changed.
/// </remarks>
public sealed partial class FileUploader
{
    private readonly UploadSettings _settings;
    private readonly GrantHolder _grants;
    private readonly TransferQueue _queue;
    private readonly ITransferReporter _reporter;
    private readonly TrackLog _log;
    private readonly TimeProvider _timeProvider;

    internal FileUploader(UploadSettings settings, GrantHolder grants, TransferQueue queue, ITransferReporter reporter, TrackLog log, TimeProvider timeProvider)
    {
        _settings = settings;
        _grants = grants;
        _queue = queue;
        _reporter = reporter;
        _log = log;
        _timeProvider = timeProvider;
    }

    /// <summary>An uploader outside a track (benchmarks, one-off sends), logging to <paramref name="reporter"/>.</summary>
    public static FileUploader Create(UploadSettings settings, IUploadGrantSource grants, TransferQueue queue, ITransferReporter reporter, TimeProvider timeProvider)
    {
        var log = new TrackLog(reporter, timeProvider, capacity: 100);
        return new FileUploader(settings, new GrantHolder(grants, settings.RenewGrantBefore, timeProvider, log), queue, reporter, log, timeProvider);
    }

    /// <summary>
    /// One attempt at <paramref name="item"/>: marks it started, uploads, and marks it completed, queued again
    /// for a later retry, in error, or skipped. Cancellation leaves it started, to resume from its staged blocks.
    /// </summary>
    /// <exception cref="TransferQueueException">The queue could not record the outcome (e.g. its disk is full); the entry is unchanged.</exception>
    public async Task<UploadAttempt> TransferAsync(TransferItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var started = _queue.MarkStarted(item.Id);
        var attempt = await AttemptAsync(started, cancellationToken).ConfigureAwait(false);
        switch (attempt.Outcome)
        {
            case UploadOutcome.Completed:
                var done = _queue.MarkCompleted(item.Id, attempt.Sha256!);
                var result = attempt.Result!;
                _log.Info($"Sent '{item.BlobName}': {item.SizeBytes} bytes, {result.BytesSent} sent, {result.BytesReused} resumed, {result.BytesPerSecond / 1e6:F1} MB/s, SHA-256 {result.Sha256}.");
                _reporter.FileCompleted(done, result);
                break;
            case UploadOutcome.Skipped:
                var skipped = _queue.MarkSkipped(item.Id, attempt.Error!, attempt.Sha256);
                _log.Warning($"Skipped '{item.BlobName}': {attempt.Error}");
                _reporter.FileFailed(skipped, attempt.Error!, willRetry: false);
                break;
            default:
                var retry = attempt.Outcome == UploadOutcome.RetryLater && started.Attempts < _settings.MaxAttemptsPerFile;
                DateTimeOffset? retryAt = retry ? _timeProvider.GetUtcNow() + _settings.RetryDelay(started.Attempts) : null;
                var failed = _queue.MarkFailed(item.Id, attempt.Error!, retryAt);
                if (retry)
                {
                    _log.Warning($"Attempt {started.Attempts} at '{item.BlobName}' failed, retrying after {retryAt:O}: {attempt.Error}");
                }
                else
                {
                    _log.Error($"'{item.BlobName}' failed after {started.Attempts} attempt(s): {attempt.Error}");
                }

                _reporter.FileFailed(failed, attempt.Error!, retry);
                break;
        }

        return attempt;
    }

    private async Task<UploadAttempt> AttemptAsync(TransferItem item, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(item, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TransferQueueException)
        {
            throw;
        }
        catch (BlobAlreadyExistsException e)
        {
            return new UploadAttempt(UploadOutcome.Skipped, null, e.Message, e.SourceSha256);
        }
        catch (Exception e) when (e is BlobAccessDeniedException or InvalidBlobKeyException or SourceChangedException
            or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return new UploadAttempt(UploadOutcome.Failed, null, e.Message, null);
        }
        catch (Exception e)
        {
            // Storage unavailable after its own retries, a block corrupted in transit, a read error, the grant
            // source unreachable: all may pass, and the attempt count bounds how often we try.
            return new UploadAttempt(UploadOutcome.RetryLater, null, $"{e.GetType().Name}: {e.Message}", null);
        }
    }
}
