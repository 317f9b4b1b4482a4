using Platform.Grains.Errors;
using Platform.Grains.Sessions;

namespace Platform.Grains.Tests;

/// <summary>The session page's running totals, counted from agent reports exactly once per report key; the exposure time parameter.</summary>
public sealed class SessionCounterTests
{
    [Fact]
    public async Task Each_report_key_is_counted_once_on_its_counter_whatever_else_the_session_applied_under_other_keys()
    {
        await using var silo = await DomainSilo.StartAsync();
        var id = "count-" + Guid.NewGuid();
        var session = await silo.NewSessionWithGridAsync(id);

        Assert.True(await session.CountReportAsync(SessionCounter.ExposuresAcquired, "s/acquisition/h1"));
        Assert.True(await session.CountReportAsync(SessionCounter.ExposuresAcquired, "s/acquisition/h2"));
        Assert.False(await session.CountReportAsync(SessionCounter.ExposuresAcquired, "s/acquisition/h1"));
        Assert.True(await session.CountReportAsync(SessionCounter.HolesAcquired, "s/target/h1/Acquired"));
        Assert.True(await session.CountReportAsync(SessionCounter.SquaresAcquired, "s/image/sq1"));
        Assert.True(await session.CountReportAsync(SessionCounter.GridsCompleted, "s/grid/1/Completed"));
        Assert.False(await session.CountReportAsync(SessionCounter.GridsCompleted, "s/grid/1/Completed"));
        Assert.True(await session.ApplyLogReportAsync(LogPanel.Acquisition, "h1 acquired", "s/log/h1"));
        Assert.True(await session.CountReportAsync(SessionCounter.ExposuresAcquired, "s/log/h1")); // counted keys are apart from the session's own

        var counters = (await silo.Grains.GetGrain<ISessionGrain>(id).GetAsync()).Counters;
        Assert.Equal(new SessionCounters { ExposuresAcquired = 3, HolesAcquired = 1, SquaresAcquired = 1, GridsCompleted = 1 }, counters);
        Assert.False(await silo.Grains.GetGrain<ISessionGrain>(id).CountReportAsync(SessionCounter.ExposuresAcquired, "s/acquisition/h2"));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(60.5)]
    [InlineData(double.NaN)]
    public async Task An_exposure_time_outside_0_to_60_seconds_is_refused_naming_the_field(double seconds)
    {
        await using var silo = await DomainSilo.StartAsync();
        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            silo.Grains.GetGrain<ISessionGrain>("exp-" + Guid.NewGuid()).CreateAsync(silo.Request(collection: new CollectionParameters { ExposureTimeSeconds = seconds })));

        Assert.Equal("collection.exposureTimeSeconds", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task The_exposure_time_defaults_to_2_seconds_and_a_valid_one_is_kept()
    {
        await using var silo = await DomainSilo.StartAsync();
        Assert.Equal(2, (await silo.Grains.GetGrain<ISessionGrain>("exp-" + Guid.NewGuid()).CreateAsync(silo.Request())).Setup.Collection.ExposureTimeSeconds);
        var view = await silo.Grains.GetGrain<ISessionGrain>("exp-" + Guid.NewGuid()).CreateAsync(silo.Request(collection: new CollectionParameters { ExposureTimeSeconds = 0.8 }));
        Assert.Equal(0.8, view.Setup.Collection.ExposureTimeSeconds);
        Assert.Contains(CollectionParameterCatalog.All, p => p.Name == "exposureTimeSeconds" && p.Unit == "s");
    }
}
