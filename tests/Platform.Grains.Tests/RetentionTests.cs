using Platform.Grains.Errors;
using Platform.Grains.Sessions;
using Platform.Silo.SessionData;

namespace Platform.Grains.Tests;

/// <summary>Retention: expiry fixed at session end, days left from the clock, a warning, deletion exactly once, staff extensions.</summary>
public sealed class RetentionTests
{
    [Fact]
    public async Task Data_expires_retention_days_after_the_session_completes_and_days_left_counts_down()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        await session.StartAsync("alice");
        await session.ReportRunStateAsync(SessionRunState.Running, null);
        silo.Clock.Advance(TimeSpan.FromHours(5));
        var completed = await session.ReportRunStateAsync(SessionRunState.Completed, "all grids done");

        var endedAt = silo.Clock.GetUtcNow();
        Assert.Equal(endedAt, completed.EndedAtUtc);
        Assert.Equal(endedAt.AddDays(30), completed.DataExpiresAtUtc);
        Assert.Equal(30, completed.DaysLeftAt(silo.Clock.GetUtcNow()));
        silo.Clock.Advance(TimeSpan.FromDays(10.5));
        Assert.Equal(19, completed.DaysLeftAt(silo.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task The_warning_goes_out_before_expiry_and_the_data_is_deleted_exactly_once_at_expiry()
    {
        await using var silo = await DomainSilo.StartAsync();
        var id = "ret-" + Guid.NewGuid();
        var session = await silo.NewSessionWithGridAsync(id);
        await session.EndAsync();
        var runtime = silo.Silo.Runtime;

        silo.Clock.Advance(TimeSpan.FromDays(22));
        Assert.Equal(0, await runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken));
        silo.Clock.Advance(TimeSpan.FromDays(1.5));
        Assert.Equal(1, await runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken));
        Assert.Null((await session.GetAsync()).DataDeletedAtUtc);

        silo.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken));
        var deleted = await session.GetAsync();
        Assert.NotNull(deleted.DataDeletedAtUtc);
        Assert.Equal(0, deleted.DaysLeftAt(silo.Clock.GetUtcNow()));

        var events = await silo.EventsAsync(id, 5);
        Assert.Single(events, e => e.Kind == SessionEventKind.RetentionWarning);
        Assert.Single(events, e => e.Kind == SessionEventKind.DataDeleted);
    }

    [Fact]
    public async Task A_staff_extension_moves_expiry_and_an_early_deletion_reminder_waits_for_the_new_date()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        var ended = await session.EndAsync();
        var extended = await session.ExtendRetentionAsync(14, "staff");
        Assert.Equal(ended.DataExpiresAtUtc!.Value.AddDays(14), extended.DataExpiresAtUtc);

        silo.Clock.Advance(TimeSpan.FromDays(31));
        await silo.Silo.Runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken);
        Assert.Null((await session.GetAsync()).DataDeletedAtUtc);

        silo.Clock.Advance(TimeSpan.FromDays(14));
        await silo.Silo.Runtime.DeliverDueRemindersAsync(TestContext.Current.CancellationToken);
        Assert.NotNull((await session.GetAsync()).DataDeletedAtUtc);
        await Assert.ThrowsAsync<InvalidStateException>(() => session.ExtendRetentionAsync(1, "staff"));
    }

    [Fact]
    public async Task Deleting_a_session_removes_it_from_its_booking_and_the_index()
    {
        await using var silo = await DomainSilo.StartAsync();
        var id = "del-" + Guid.NewGuid();
        var session = await silo.NewSessionWithGridAsync(id);
        await session.DeleteAsync();

        await Assert.ThrowsAsync<NotFoundException>(session.GetAsync);
        Assert.Null(await silo.Silo.Storage.Indexes.GetAsync(SessionIndex.Table, id, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(id, (await silo.Grains.GetGrain<Bookings.IBookingGrain>(silo.BookingId).GetAsync()).SessionIds);
    }

    [Fact]
    public async Task At_expiry_the_session_files_are_deleted_and_no_other_session_loses_a_file()
    {
        await using var silo = await DomainSilo.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var id = "files-" + Guid.NewGuid();
        var other = "other-" + Guid.NewGuid();
        var session = await silo.NewSessionWithGridAsync(id);
        await session.EndAsync();
        await silo.PutFileAsync(id, "apo_1/movie_0001.tif", [1, 2, 3]);
        await silo.PutFileAsync(id, "apo_1/thumbnails/movie_0001.png", [4, 5]);
        await silo.PutFileAsync(other, "grid_1/movie_0001.tif", [6]);

        silo.Clock.Advance(TimeSpan.FromDays(29));
        await silo.Silo.Runtime.DeliverDueRemindersAsync(ct);
        Assert.Equal(2, (await silo.Blobs.ListAsync(BlobSessionDataStore.PrefixFor(silo.FacilityId, id), 100, null, ct)).Items.Count);

        silo.Clock.Advance(TimeSpan.FromDays(1.5));
        Assert.Equal(1, await silo.Silo.Runtime.DeliverDueRemindersAsync(ct));
        Assert.Empty((await silo.Blobs.ListAsync(BlobSessionDataStore.PrefixFor(silo.FacilityId, id), 100, null, ct)).Items);
        Assert.Single((await silo.Blobs.ListAsync(BlobSessionDataStore.PrefixFor(silo.FacilityId, other), 100, null, ct)).Items);
        var deletion = (await silo.EventsAsync(id, 5)).Single(e => e.Kind == SessionEventKind.DataDeleted);
        Assert.Contains("(2 files)", deletion.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_session_deletes_its_files()
    {
        await using var silo = await DomainSilo.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var id = "delfiles-" + Guid.NewGuid();
        var session = await silo.NewSessionWithGridAsync(id);
        await silo.PutFileAsync(id, "apo_1/movie_0001.tif", [1, 2, 3]);

        await session.DeleteAsync();

        Assert.Empty((await silo.Blobs.ListAsync(BlobSessionDataStore.PrefixFor(silo.FacilityId, id), 100, null, ct)).Items);
    }
}
