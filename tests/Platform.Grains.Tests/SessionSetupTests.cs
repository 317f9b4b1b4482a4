using Platform.Grains.Bookings;
using Platform.Grains.Errors;
using Platform.Grains.Sessions;
using Platform.Runtime.Indexing;

namespace Platform.Grains.Tests;

/// <summary>Session creation from a booking and setup validation (seed 000): typed errors naming each field, nothing changed on error.</summary>
public sealed class SessionSetupTests
{
    [Fact]
    public async Task A_session_is_named_YYYYMMDD_Name_with_spaces_as_underscores_and_takes_facility_defaults()
    {
        await using var silo = await DomainSilo.StartAsync();
        var view = await silo.Grains.GetGrain<ISessionGrain>("s1-" + Guid.NewGuid()).CreateAsync(silo.Request("apo screening"));

        Assert.Equal("20261121_apo_screening", view.Name);
        Assert.Equal(new CollectionParameters(), view.Setup.Collection);
        Assert.Equal(300, view.Setup.Processing.VoltageKilovolts);
        Assert.Equal(SessionRunState.Created, view.RunState);
        Assert.Null(view.DataExpiresAtUtc);
    }

    [Fact]
    public async Task Invalid_parameters_are_rejected_with_every_field_named_and_nothing_is_created()
    {
        await using var silo = await DomainSilo.StartAsync();
        var id = "bad-" + Guid.NewGuid();
        var bad = new CollectionParameters { DriftCritAngstromPerSecond = -5, HolesPerSquare = -1, AtlasTilesX = 0, TiltAngleDegrees = 80, OffsetDistanceMicrons = -2 };

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => silo.Grains.GetGrain<ISessionGrain>(id).CreateAsync(silo.Request(collection: bad, detector: "not-on-this-scope")));

        Assert.Equal(
            ["collection.atlasTilesX", "collection.holesPerSquare", "collection.driftCritAngstromPerSecond", "collection.tiltAngleDegrees", "collection.offsetDistanceMicrons", "detectorId"],
            error.Errors.Select(e => e.Field));
        await Assert.ThrowsAsync<NotFoundException>(() => silo.Grains.GetGrain<ISessionGrain>(id).GetAsync());
        Assert.Empty((await silo.Grains.GetGrain<IBookingGrain>(silo.BookingId).GetAsync()).SessionIds);
    }

    [Fact]
    public async Task The_defocus_range_is_sorted_so_min_is_closest_to_zero()
    {
        await using var silo = await DomainSilo.StartAsync();
        var inverted = new CollectionParameters { TargetDefocusMinMicrons = -2.5, TargetDefocusMaxMicrons = -1.0, StepDefocusMicrons = 0.5 };
        var view = await silo.Grains.GetGrain<ISessionGrain>("d-" + Guid.NewGuid()).CreateAsync(silo.Request(collection: inverted));
        Assert.Equal(-1.0, view.Setup.Collection.TargetDefocusMinMicrons);
        Assert.Equal(-2.5, view.Setup.Collection.TargetDefocusMaxMicrons);
    }

    [Fact]
    public async Task Force_process_from_average_is_refused_on_a_detector_that_is_not_Gatan()
    {
        await using var silo = await DomainSilo.StartAsync();
        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            silo.Grains.GetGrain<ISessionGrain>("f-" + Guid.NewGuid()).CreateAsync(silo.Request(detector: "falcon", collection: new CollectionParameters { ForceProcessFromAverage = true })));
        Assert.Equal("collection.forceProcessFromAverage", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task A_session_needs_a_booking_active_today_unless_staff_creates_it()
    {
        await using var silo = await DomainSilo.StartAsync();
        silo.Clock.Advance(TimeSpan.FromDays(3));
        await Assert.ThrowsAsync<InvalidStateException>(() => silo.Grains.GetGrain<ISessionGrain>("late-" + Guid.NewGuid()).CreateAsync(silo.Request()));
        var view = await silo.Grains.GetGrain<ISessionGrain>("staff-" + Guid.NewGuid()).CreateAsync(silo.Request(staff: true));
        Assert.Equal("20261124_apo_screening", view.Name);
    }

    [Fact]
    public async Task Sessions_are_listed_from_the_index_table_by_facility_and_a_booking_with_sessions_cannot_be_cancelled()
    {
        await using var silo = await DomainSilo.StartAsync();
        var first = await silo.Grains.GetGrain<ISessionGrain>("a-" + Guid.NewGuid()).CreateAsync(silo.Request("first"));
        var second = await silo.Grains.GetGrain<ISessionGrain>("b-" + Guid.NewGuid()).CreateAsync(silo.Request("second"));
        var indexes = silo.Silo.Storage.Indexes;

        var page = await indexes.QueryAsync(new IndexQuery(SessionIndex.Table) { Filters = [new(SessionIndex.FacilityId, IndexOperator.Equal, silo.FacilityId)], Order = [new(SessionIndex.Name)] }, TestContext.Current.CancellationToken);
        Assert.Equal([first.Id, second.Id], page.Rows.Select(r => r.Key));
        Assert.Equal(0, await indexes.CountAsync(SessionIndex.Table, [new(SessionIndex.FacilityId, IndexOperator.Equal, "another-facility")], TestContext.Current.CancellationToken));

        await Assert.ThrowsAsync<InvalidStateException>(() => silo.Grains.GetGrain<IBookingGrain>(silo.BookingId).CancelAsync());
    }

    [Fact]
    public async Task Processing_settings_saved_while_a_track_runs_are_pending_until_it_restarts()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        await session.ReportTrackStateAsync(TrackKind.Preprocessing, TrackState.Running);
        var setup = (await session.GetAsync()).Setup;

        var saved = await session.UpdateSetupAsync(setup with { Processing = setup.Processing with { ParticleRadiusAngstrom = 120 } });
        Assert.True(saved.Tracks.Single(t => t.Track == TrackKind.Preprocessing).SettingsPending);
        Assert.False(saved.Tracks.Single(t => t.Track == TrackKind.Classification2D).SettingsPending);

        var restarted = await session.RestartTrackAsync(TrackKind.Preprocessing);
        Assert.False(restarted.Tracks.Single(t => t.Track == TrackKind.Preprocessing).SettingsPending);
        Assert.Equal(120, restarted.Setup.Processing.ParticleRadiusAngstrom);
    }
}
