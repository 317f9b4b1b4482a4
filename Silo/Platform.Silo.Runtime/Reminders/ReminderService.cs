using Microsoft.Extensions.Logging;
using Platform.Runtime;
using Platform.Storage;

namespace Platform.Silo.Runtime.Reminders;

/// <summary>
/// Delivers durable reminders. Every node polls the shared reminder table; a due reminder is leased
/// to one node at a time (<see cref="IReminderTable.ClaimDueAsync"/>), delivered to its grain via
/// <see cref="IRemindable"/>, then advanced (periodic) or deleted (one-shot). A node that dies mid-tick
/// loses the lease when it expires and another node delivers again: at least once, never in parallel.
/// </summary>
internal sealed class ReminderService(GrainRuntime runtime, IStorageProvider storage, RuntimeOptions options, ILogger<ReminderService> log)
{
    private readonly IReminderTable _table = storage.Reminders;

    public async Task RegisterAsync(GrainId grain, string name, TimeSpan dueTime, TimeSpan? period)
    {
        if (period is { } p && p < options.MinimumReminderPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(period), p, $"Reminder periods must be at least {options.MinimumReminderPeriod}.");
        }

        if (!runtime.IsRemindable(grain.Type))
        {
            throw new InvalidOperationException($"Grain type '{grain.Type}' must implement IRemindable to register reminders.");
        }

        var due = runtime.TimeProvider.GetUtcNow() + dueTime;
        await _table.UpsertAsync(grain.Type, grain.Key, name, due, period).ConfigureAwait(false);
    }

    public async Task UnregisterAsync(GrainId grain, string name) =>
        await _table.DeleteAsync(grain.Type, grain.Key, name).ConfigureAwait(false);

    /// <summary>The polling loop; runs until <paramref name="stopping"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await PollOnceAsync(stopping).ConfigureAwait(false);
                await Task.Delay(options.ReminderPollInterval, runtime.TimeProvider, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Storage unreachable: try again next round; leases keep other nodes from double delivery.
                log.LogWarning(ex, "Reminder poll failed; retrying");
                await Task.Delay(options.ReminderPollInterval, runtime.TimeProvider, stopping).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Claims and delivers every reminder due now; returns how many were delivered.</summary>
    public async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        var now = runtime.TimeProvider.GetUtcNow();
        var claimed = await _table.ClaimDueAsync(storage.NodeId, now, options.ReminderLease, 100, cancellationToken).ConfigureAwait(false);
        var delivered = await Task.WhenAll(claimed.Select(DeliverAsync)).ConfigureAwait(false);
        return delivered.Count(d => d);
    }

    private async Task<bool> DeliverAsync(ReminderEntry entry)
    {
        var now = runtime.TimeProvider.GetUtcNow();
        try
        {
            await runtime.DeliverReminderAsync(new GrainId(entry.GrainType, entry.GrainKey), entry.Name, new TickStatus(entry.DueAtUtc, entry.Period, now)).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Leave the lease to expire: the tick is retried after ReminderLease.
            log.LogWarning(ex, "Reminder {Name} of {GrainType}/{GrainKey} failed; it will be retried", entry.Name, entry.GrainType, entry.GrainKey);
            return false;
        }

        await _table.CompleteAsync(entry, NextDue(entry, now)).ConfigureAwait(false);
        return true;
    }

    /// <summary>The first due time after now on the reminder's period grid (missed ticks are skipped, as in Orleans).</summary>
    private static DateTimeOffset? NextDue(ReminderEntry entry, DateTimeOffset now)
    {
        if (entry.Period is not { } period)
        {
            return null;
        }

        var missed = (long)Math.Floor((now - entry.DueAtUtc) / period) + 1;
        return entry.DueAtUtc + (period * Math.Max(1, missed));
    }
}
