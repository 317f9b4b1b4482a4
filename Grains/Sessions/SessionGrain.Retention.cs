using Platform.Grains.Bookings;
using Platform.Grains.Errors;
using Platform.Grains.Facilities;
using Platform.Grains.Grids;
using Platform.Grains.Micrographs;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Grains.Sessions;

/// <summary>
/// Ending, retention and deletion. When a session ends its expiry is fixed (end + facility retention
/// days) and two durable one-shot reminders are registered: a warning before expiry and the deletion at
/// expiry. Reminders are delivered at least once, so both handlers are idempotent: the warning and the
/// deletion are recorded in state and never repeated; a deletion reminder that arrives early (after an
/// extension) re-arms itself. The files are deleted before the deletion is recorded: a failure (storage
/// unreachable) leaves the reminder to be retried, and a retry after a crash between the two deletes
/// whatever is left — idempotent, so the data goes exactly once, never before expiry.
/// </summary>
public sealed partial class SessionGrain
{
    private const string RetentionWarningReminder = "retention-warning";
    private const string RetentionExpiryReminder = "retention-expiry";

    public async Task<SessionView> EndAsync()
    {
        View();
        if (SessionRunTransitions.IsActive(S.RunState))
        {
            throw new InvalidStateException("end the session", S.RunState.ToString(), "stop the run first");
        }

        if (S.EndedAtUtc is not null)
        {
            // Ended already (a completed run ends the session and leaves the tracks to drain): ending again stops them.
            if (StopActiveTracks())
            {
                await SaveAsync(Event(SessionEventKind.TrackChanged, "Tracks stopped: the session has ended"));
            }

            return View();
        }

        StopActiveTracks();
        ApplyEnd(await RetentionDaysAsync());
        await SaveAsync(Event(SessionEventKind.SetupChanged, $"Session ended; data kept until {S.DataExpiresAtUtc:u}"));
        await RegisterRetentionRemindersAsync();
        return View();
    }

    public async Task<SessionView> ExtendRetentionAsync(int days, string staffUserId)
    {
        View();
        if (days is < 1 or > 3650)
        {
            throw new InvalidInputException([new("days", "must be between 1 and 3650")]);
        }

        if (S.EndedAtUtc is not { } ended)
        {
            throw new InvalidStateException("extend retention", "the session has not ended", "retention counts from the session end");
        }

        if (S.DataDeletedAtUtc is not null)
        {
            throw new InvalidStateException("extend retention", "the data was deleted", "nothing is left to keep");
        }

        S.RetentionExtensionDays += days;
        S.DataExpiresAtUtc = Retention.ExpiresAt(ended, S.RetentionDays, S.RetentionExtensionDays);
        S.RetentionWarningSentAtUtc = null;
        await SaveAsync(Event(SessionEventKind.SetupChanged, $"Retention extended by {days} days by {staffUserId}; data kept until {S.DataExpiresAtUtc:u}"));
        await RegisterRetentionRemindersAsync();
        return View();
    }

    public async Task DeleteAsync()
    {
        View();
        if (SessionRunTransitions.IsActive(S.RunState))
        {
            throw new InvalidStateException("delete the session", S.RunState.ToString(), "stop the run before deleting it");
        }

        var grids = S.Grids.ToList();
        var bookingId = S.BookingId;
        if (S.DataDeletedAtUtc is null)
        {
            await sessionData.DeleteSessionDataAsync(S.FacilityId, GrainKey, CancellationToken.None);
        }

        await DeleteMicrographsAsync();
        await state.ClearStateAsync();
        await PublishAsync(new SessionEvent(GrainKey, SessionEventKind.Deleted, TimeProvider.GetUtcNow(), "Session deleted"));
        foreach (var grid in grids)
        {
            await GrainFactory.GetGrain<IGridGrain>(grid.GridKey).DeleteAsync();
        }

        await GrainFactory.GetGrain<IBookingGrain>(bookingId).RemoveSessionAsync(GrainKey);
        await UnregisterReminderAsync(RetentionWarningReminder);
        await UnregisterReminderAsync(RetentionExpiryReminder);
    }

    public async Task ReceiveReminderAsync(string reminderName, TickStatus status)
    {
        if (!state.RecordExists || S.DataExpiresAtUtc is not { } expires || S.DataDeletedAtUtc is not null)
        {
            return;
        }

        var now = TimeProvider.GetUtcNow();
        if (reminderName == RetentionWarningReminder && S.RetentionWarningSentAtUtc is null)
        {
            S.RetentionWarningSentAtUtc = now;
            await SaveAsync(Event(SessionEventKind.RetentionWarning, $"Data of {S.Name} will be deleted in {Retention.DaysLeft(expires, now)} days ({expires:u}); download it before then."));
        }
        else if (reminderName == RetentionExpiryReminder)
        {
            if (now < expires)
            {
                await RegisterOrUpdateReminderAsync(RetentionExpiryReminder, expires - now, period: null);
                return;
            }

            var files = await sessionData.DeleteSessionDataAsync(S.FacilityId, GrainKey, CancellationToken.None);
            S.DataDeletedAtUtc = now;
            await SaveAsync(Event(SessionEventKind.DataDeleted, $"Retention period over: data of {S.Name} deleted ({files} files)"));
        }
    }

    // Before the session's own state goes, so a failure part-way leaves a session whose delete can be retried.
    private async Task DeleteMicrographsAsync()
    {
        var query = new IndexQuery(MicrographIndex.Table) { Filters = [new(MicrographIndex.SessionId, IndexOperator.Equal, GrainKey)], Limit = 500 };
        while (true)
        {
            var page = await indexes.QueryAsync(query);
            foreach (var row in page.Rows)
            {
                await GrainFactory.GetGrain<IMicrographGrain>(row.Key).DeleteAsync();
            }

            if (!page.HasNextPage)
            {
                return;
            }
        }
    }

    private void ApplyEnd(int retentionDays)
    {
        var now = TimeProvider.GetUtcNow();
        S.EndedAtUtc = now;
        S.RetentionDays = retentionDays;
        S.DataExpiresAtUtc = Retention.ExpiresAt(now, retentionDays, S.RetentionExtensionDays);
    }

    private async Task<int> RetentionDaysAsync() =>
        (await GrainFactory.GetGrain<IFacilityGrain>(S.FacilityId).GetAsync()).Settings.Retention.RetentionDays;

    private async Task RegisterRetentionRemindersAsync()
    {
        var now = TimeProvider.GetUtcNow();
        var expires = S.DataExpiresAtUtc!.Value;
        var facility = await GrainFactory.GetGrain<IFacilityGrain>(S.FacilityId).GetAsync();
        var warnAt = expires.AddDays(-facility.Settings.Retention.WarningLeadDays);
        await RegisterOrUpdateReminderAsync(RetentionWarningReminder, Max(warnAt - now, TimeSpan.Zero), period: null);
        await RegisterOrUpdateReminderAsync(RetentionExpiryReminder, Max(expires - now, TimeSpan.Zero), period: null);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
