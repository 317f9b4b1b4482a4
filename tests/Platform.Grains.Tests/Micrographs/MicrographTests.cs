using Platform.Grains.Errors;
using Platform.Grains.Micrographs;
using Platform.Runtime.Indexing;

namespace Platform.Grains.Tests.Micrographs;

/// <summary>Micrograph results: idempotent recording, the index the tables and plots read, named filters applied in the database.</summary>
public sealed class MicrographTests
{
    [Fact]
    public async Task Recording_the_same_results_twice_writes_once_and_the_index_holds_derived_metrics()
    {
        await using var silo = await DomainSilo.StartAsync();
        var result = Result("mic_0001", defocusU: 15_000, defocusV: 14_000, resolution: 3.4, particles: 120);
        var key = MicrographKeys.For("s1", "agent", "mic_0001");
        var grain = silo.Grains.GetGrain<IMicrographGrain>(key);

        var first = await grain.RecordAsync(new RecordMicrographRequest("s1", silo.FacilityId, "agent", result));
        silo.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await grain.RecordAsync(new RecordMicrographRequest("s1", silo.FacilityId, "agent", result with { DriftTraceXAngstrom = [0, 1.5], DriftTraceYAngstrom = [0, -2] }));
        var same = await grain.RecordAsync(new RecordMicrographRequest("s1", silo.FacilityId, "agent", result with { DriftTraceXAngstrom = [0, 1.5], DriftTraceYAngstrom = [0, -2] }));

        Assert.True(again.UpdatedAtUtc > first.UpdatedAtUtc);
        Assert.Equal(again.UpdatedAtUtc, same.UpdatedAtUtc);
        var row = await silo.Silo.Storage.Indexes.GetAsync(MicrographIndex.Table, key, TestContext.Current.CancellationToken);
        Assert.Equal(14_500.0, row!.Values[MicrographIndex.ColumnFor(MicrographMetric.DefocusAngstrom)]);
        Assert.Equal(1_000.0, row.Values[MicrographIndex.ColumnFor(MicrographMetric.AstigmatismAngstrom)]);
        Assert.Equal(120L, row.Values[MicrographIndex.ColumnFor(MicrographMetric.ParticleCount)]);
        Assert.Equal(false, row.Values[MicrographIndex.Excluded]);
    }

    [Fact]
    public async Task A_named_filter_keeps_ranges_fails_missing_values_and_honours_manual_includes_and_excludes()
    {
        await using var silo = await DomainSilo.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var micrographs = new List<(string Key, MicrographResult Result)>();
        for (var i = 0; i < 30; i++)
        {
            var result = Result($"mic_{i:D4}", defocusU: 10_000 + (i * 500), defocusV: 10_000 + (i * 500), resolution: i % 7 == 0 ? null : 2.5 + (i * 0.1), particles: i * 10);
            var key = MicrographKeys.For("s1", "agent", result.Name);
            await silo.Grains.GetGrain<IMicrographGrain>(key).RecordAsync(new RecordMicrographRequest("s1", silo.FacilityId, "agent", result));
            micrographs.Add((key, result));
        }

        await silo.Grains.GetGrain<IMicrographGrain>(MicrographKeys.For("s2", "agent", "other")).RecordAsync(new RecordMicrographRequest("s2", silo.FacilityId, "agent", Result("other", 12_000, 12_000, 3, 50)));
        var handExcluded = micrographs[10].Key;
        await silo.Grains.GetGrain<IMicrographGrain>(handExcluded).SetExcludedAsync(true);
        var included = micrographs[29].Key;
        var excluded = micrographs[12].Key;
        var filter = new MicrographFilter(
            "good",
            [new MetricRange(MicrographMetric.DefocusAngstrom, 11_000, 20_000), new MetricRange(MicrographMetric.CtfFitResolutionAngstrom, null, 4.5)],
            [included],
            [excluded]);
        var filters = silo.Grains.GetGrain<IMicrographFiltersGrain>("s1");
        await filters.SaveAsync(filter);
        var saved = await filters.GetAsync("good");

        var page = await silo.Silo.Storage.Indexes.QueryAsync(new IndexQuery(MicrographIndex.Table) { Filters = saved.ToIndexFilters("s1"), Limit = 100 }, ct);

        var expected = micrographs
            .Where(m => m.Key == included
                || (m.Key != excluded && m.Key != handExcluded
                    && (m.Result.DefocusUAngstrom!.Value + m.Result.DefocusVAngstrom!.Value) / 2 is >= 11_000 and <= 20_000
                    && m.Result.CtfFitResolutionAngstrom is <= 4.5))
            .Select(m => m.Key)
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, page.Rows.Select(r => r.Key));
        Assert.DoesNotContain(page.Rows, r => r.Key == micrographs[14].Key);
        Assert.Contains(page.Rows, r => r.Key == included);
    }

    [Fact]
    public async Task Invalid_filters_and_results_are_rejected_by_field_and_change_nothing()
    {
        await using var silo = await DomainSilo.StartAsync();
        var filters = silo.Grains.GetGrain<IMicrographFiltersGrain>("s1");
        var invalid = await Assert.ThrowsAsync<InvalidInputException>(() => filters.SaveAsync(new MicrographFilter(
            "",
            [new MetricRange(MicrographMetric.DriftTotalAngstrom, 5, 1), new MetricRange(MicrographMetric.CtfScore, null, null), new MetricRange(MicrographMetric.CtfScore, 0, 1)],
            [],
            [])));
        Assert.Equal(["name", "ranges.CtfScore", "ranges.DriftTotalAngstrom", "ranges.CtfScore"], invalid.Errors.Select(e => e.Field));
        Assert.Empty(await filters.ListAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => filters.GetAsync("good"));

        var grain = silo.Grains.GetGrain<IMicrographGrain>(MicrographKeys.For("s1", "agent", "m1"));
        var bad = await Assert.ThrowsAsync<InvalidInputException>(() => grain.RecordAsync(new RecordMicrographRequest("s1", silo.FacilityId, "agent", Result("m1", -5, 100, double.NaN, -1))));
        Assert.Equal(["defocusUAngstrom", "ctfFitResolutionAngstrom", "particleCount"], bad.Errors.Select(e => e.Field));
        await Assert.ThrowsAsync<InvalidInputException>(() => grain.RecordAsync(new RecordMicrographRequest("s1", silo.FacilityId, "agent", Result("m2", 1, 1, 3, 1))));
        Assert.Throws<InvalidInputException>(() => MicrographKeys.For("s1", "agent", "a/b"));
        await Assert.ThrowsAsync<NotFoundException>(grain.GetAsync);
    }

    [Fact]
    public async Task Deleting_a_session_deletes_its_micrographs()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync("with-micrographs");
        var key = MicrographKeys.For("with-micrographs", "agent", "m1");
        await silo.Grains.GetGrain<IMicrographGrain>(key).RecordAsync(new RecordMicrographRequest("with-micrographs", silo.FacilityId, "agent", Result("m1", 1, 1, 3, 1)));

        await session.DeleteAsync();

        Assert.Null(await silo.Silo.Storage.Indexes.GetAsync(MicrographIndex.Table, key, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<NotFoundException>(silo.Grains.GetGrain<IMicrographGrain>(key).GetAsync);
    }

    private static MicrographResult Result(string name, double defocusU, double defocusV, double? resolution, int particles) => new()
    {
        Name = name,
        GridPosition = 1,
        AcquiredAtUtc = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero),
        Frames = 40,
        DefocusUAngstrom = defocusU,
        DefocusVAngstrom = defocusV,
        AstigmatismAngleDegrees = 30,
        CtfFitResolutionAngstrom = resolution,
        DriftTotalAngstrom = 12,
        ParticleCount = particles,
    };
}
