using Platform.Grains.Errors;
using Platform.Grains.Grids;
using Platform.Grains.Sessions;

namespace Platform.Grains.Tests.Views;

/// <summary>
/// Session and grid grains hand out one view object per persisted version of their state: repeated reads share it, and
/// every change (a write, a refused change that re-reads, a deactivation and reactivation, a delete) shows in the next read.
/// </summary>
public sealed class PersistedViewTests
{
    [Fact]
    public async Task Reads_without_a_change_in_between_return_the_same_view_object()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        var gridKey = (await session.GetAsync()).Grids[0].GridKey;
        var grid = silo.Grains.GetGrain<IGridGrain>(gridKey);

        Assert.Same(await session.GetAsync(), await session.GetAsync());
        Assert.Same(await grid.GetAsync(), await grid.GetAsync());
    }

    [Fact]
    public async Task Every_change_to_a_session_shows_in_its_next_read()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = silo.Grains.GetGrain<ISessionGrain>("v-" + Guid.NewGuid());
        await session.CreateAsync(silo.Request());
        var created = await session.GetAsync();

        await session.AddGridAsync(new GridSetup(1, "apoF_1", "R1.2/1.3", 300, MeshMaterial.Gold));
        var withGrid = await session.GetAsync();
        await session.SetPauseBetweenGridsAsync(!withGrid.PauseBetweenGrids);
        var paused = await session.GetAsync();
        await session.UpdateSetupAsync(paused.Setup with { Name = "renamed" });
        var renamed = await session.GetAsync();
        await session.RemoveGridAsync(1);
        var withoutGrid = await session.GetAsync();

        Assert.Empty(created.Grids);
        Assert.Single(withGrid.Grids);
        Assert.NotEqual(withGrid.PauseBetweenGrids, paused.PauseBetweenGrids);
        Assert.EndsWith("_renamed", renamed.Name, StringComparison.Ordinal);
        Assert.Empty(withoutGrid.Grids);
        Assert.Equal(5, new[] { created, withGrid, paused, renamed, withoutGrid }.Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Fact]
    public async Task A_grid_state_change_shows_in_the_grids_next_read()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        var grid = silo.Grains.GetGrain<IGridGrain>((await session.GetAsync()).Grids[0].GridKey);
        var queued = await grid.GetAsync();

        await grid.SetStateAsync(WorkState.Started);
        var started = await grid.GetAsync();

        Assert.Equal(WorkState.Queued, queued.State);
        Assert.Equal(WorkState.Started, started.State);
        Assert.NotNull(started.StartedAtUtc);
    }

    [Fact]
    public async Task A_refused_change_leaves_the_view_as_it_was()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        var before = await session.GetAsync();

        await Assert.ThrowsAsync<InvalidInputException>(() => session.AddGridAsync(new GridSetup(1, "taken", "R2/1", 300, MeshMaterial.Gold)));

        Assert.Same(before, await session.GetAsync());
    }

    [Fact]
    public async Task A_reactivated_grain_builds_its_view_again_from_stored_state()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        await session.SetPauseBetweenGridsAsync(true);
        var before = await session.GetAsync();

        // Past the collection age: the runtime's idle timer (on the manual clock) or this explicit pass deactivates it.
        silo.Clock.Advance(TimeSpan.FromHours(1));
        silo.Silo.Runtime.CollectIdleActivations();
        var after = await session.GetAsync();

        Assert.NotSame(before, after);
        Assert.Equal((before.Id, before.Name, before.PauseBetweenGrids, before.Grids.Count), (after.Id, after.Name, after.PauseBetweenGrids, after.Grids.Count));
        Assert.Same(after, await session.GetAsync());
    }

    [Fact]
    public async Task A_deleted_session_reads_as_not_found_after_its_view_was_memoised()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        await session.GetAsync();

        await session.DeleteAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => session.GetAsync());
    }
}
