using Microsoft.Extensions.Logging;
using Platform.AgentLink.Connection;
using Platform.AgentLink.Outbox;

namespace Platform.AgentLink.Sending;

/// <summary>
/// Drains the outbox in order. A row is deleted only after the platform answered APPLIED, DUPLICATE or REJECTED for it
/// (REJECTED rows are kept in <c>refused_reports</c>); RETRY rows and every failure leave the outbox untouched and retry
/// with backoff and jitter, so a report is neither lost nor (thanks to its idempotency key) applied twice. A batch the
/// platform refuses as a whole (a malformed request) is resent one report at a time to isolate the bad one.
/// </summary>
public sealed class ReportSender(LinkDatabase database, ReportDelivery delivery, PlatformLinkOptions options, TimeProvider time, ILogger logger)
{
    private static readonly HashSet<string> _requestErrors = new(StringComparer.Ordinal)
    {
        "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "GRAPHQL_PARSE_FAILED", GraphQLHttpClient.RequestTooLarge,
    };

    private readonly SemaphoreSlim _wake = new(0);
    private readonly RetryDelay _retry = new(options.RetryInitialDelay, options.RetryMaxDelay);
    private int _batchSize = options.MaxBatchSize;
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Reports the platform acknowledged since start (applied or duplicate).</summary>
    public long Delivered { get; private set; }

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    /// <summary>Completes when the outbox is empty (every report acknowledged or refused by the platform).</summary>
    public async Task WhenDrainedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var progress = Volatile.Read(ref _progress).Task;
            if (database.Count() == 0)
            {
                return;
            }

            await progress.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var rows = WithinBytes(database.Peek(_batchSize), options.MaxBatchBytes);
            if (rows.Count == 0)
            {
                _batchSize = options.MaxBatchSize;
                await _wake.WaitAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            bool sent;
            try
            {
                sent = await SendAsync(rows, cancellationToken).ConfigureAwait(false);
            }
            catch (LinkStorageException storage)
            {
                logger.LogError(storage, "The link database failed while recording acknowledgements; retrying");
                sent = false;
            }

            if (!sent)
            {
                await Task.Delay(_retry.Next(), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Sends one batch; false when it should be retried after a delay.</summary>
    private async Task<bool> SendAsync(IReadOnlyList<OutboxRow> rows, CancellationToken cancellationToken)
    {
        try
        {
            var results = await delivery.SubmitAsync(rows, cancellationToken).ConfigureAwait(false);
            var done = results.Where(r => r.Status is "APPLIED" or "DUPLICATE").Select(r => r.Row.Sequence).ToList();
            var refused = results.Where(r => r.Status is "REJECTED").Select(r => (r.Row, r.Code, r.Message)).ToList();
            foreach (var (row, code, message) in refused)
            {
                logger.LogWarning("The platform refused report {Key} ({Kind}): {Code} {Message}", row.IdempotencyKey, row.Kind, code, message);
            }

            database.Acknowledge(done, refused);
            Delivered += done.Count;
            Progressed();
            if (done.Count + refused.Count < rows.Count)
            {
                return false;
            }

            _retry.Reset();
            return true;
        }
        catch (PlatformRefusedException refusedBatch) when (_requestErrors.Contains(refusedBatch.Code))
        {
            if (rows.Count > 1)
            {
                logger.LogWarning("The platform refused a batch of {Count} reports ({Message}); sending one at a time", rows.Count, refusedBatch.Message);
                _batchSize = 1;
                return true;
            }

            logger.LogError("The platform refused report {Key} as malformed: {Message}", rows[0].IdempotencyKey, refusedBatch.Message);
            database.Acknowledge([], [(rows[0], refusedBatch.Code, refusedBatch.Message)]);
            Progressed();
            return true;
        }
        catch (Exception error) when (error is PlatformUnavailableException or PlatformRefusedException)
        {
            if (_retry.Failures % 10 == 0)
            {
                logger.LogWarning("Reports not delivered ({Pending} waiting): {Message}", database.Count(), error.Message);
            }

            return false;
        }
    }

    /// <summary>The longest prefix of <paramref name="rows"/> whose bodies fit in <paramref name="maxBytes"/> (at least one row, so a large report still goes, alone).</summary>
    internal static IReadOnlyList<OutboxRow> WithinBytes(IReadOnlyList<OutboxRow> rows, int maxBytes)
    {
        long bytes = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            bytes += System.Text.Encoding.UTF8.GetByteCount(rows[i].Json);
            if (bytes > maxBytes && i > 0)
            {
                return [.. rows.Take(i)];
            }
        }

        return rows;
    }

    private void Progressed() => Interlocked.Exchange(ref _progress, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
