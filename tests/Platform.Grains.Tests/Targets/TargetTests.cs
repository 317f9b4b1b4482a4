using Platform.Grains.AgentCommands;
using Platform.Grains.Errors;
using Platform.Grains.Grids;
using Platform.Grains.Sessions;
using Platform.Grains.Targets;
using Platform.Runtime.Indexing;

namespace Platform.Grains.Tests.Targets;

/// <summary>Targets of a grid: found by the agent, listed from the index, changed once per report key, edited by users.</summary>
public sealed class TargetTests
{
    [Fact]
    public async Task Targets_found_are_listed_from_the_index_and_a_resent_report_changes_nothing()
    {
        await using var silo = await DomainSilo.StartAsync();
        var id = "found-" + Guid.NewGuid();
        await silo.NewSessionWithGridAsync(id);
        var grid = silo.Grains.GetGrain<IGridGrain>(GridKeys.For(id, 1));
        var holes = Enumerable.Range(1, 40).Select(i => Hole($"g1/sq1/h{i}", i)).ToArray();

        Assert.True(await grid.RecordTargetsFoundAsync(holes, "found-sq1"));
        var target = silo.Grains.GetGrain<ITargetGrain>(TargetKeys.For(id, 1, "g1/sq1/h7"));
        Assert.True(await target.ReportStateAsync(WorkState.Started, null, "h7-started"));
        Assert.False(await grid.RecordTargetsFoundAsync(holes, "found-sq1"));
        Assert.False(await target.ReportStateAsync(WorkState.Started, null, "h7-started"));

        var page = await silo.Silo.Storage.Indexes.QueryAsync(new IndexQuery(TargetIndex.Table)
        {
            Filters = [new(TargetIndex.GridKey, IndexOperator.Equal, GridKeys.For(id, 1)), new(TargetIndex.State, IndexOperator.Equal, "Started")],
        }, TestContext.Current.CancellationToken);
        Assert.Equal("g1/sq1/h7", Assert.Single(page.Rows).Values[TargetIndex.TargetId]);
        Assert.Equal(40, await silo.Silo.Storage.Indexes.CountAsync(TargetIndex.Table, [new(TargetIndex.GridKey, IndexOperator.Equal, GridKeys.For(id, 1))], TestContext.Current.CancellationToken));
        Assert.Equal(WorkState.Started, (await target.GetAsync()).State);
    }

    [Fact]
    public async Task Acquisitions_and_images_are_recorded_once_per_report_key()
    {
        await using var silo = await DomainSilo.StartAsync();
        var id = "acq-" + Guid.NewGuid();
        await silo.NewSessionWithGridAsync(id);
        await silo.Grains.GetGrain<IGridGrain>(GridKeys.For(id, 1)).RecordTargetsFoundAsync([Hole("h1", 1)], "found");
        var target = silo.Grains.GetGrain<ITargetGrain>(TargetKeys.For(id, 1, "h1"));
        var acquisition = new TargetAcquisition("frames/h1_0001.tif", -1.5, 0.4, -0.2, 2, 40, 50, silo.Clock.GetUtcNow());

        Assert.True(await target.RecordAcquisitionAsync(acquisition, "acq-1"));
        Assert.False(await target.RecordAcquisitionAsync(acquisition, "acq-1"));
        Assert.True(await target.RecordImageAsync(new TargetImage(TargetImageKind.Hole, "hole/h1.mrc", 1024, 1024, 12.5, silo.Clock.GetUtcNow()), "img-1"));

        var view = await target.GetAsync();
        Assert.Equal(acquisition, Assert.Single(view.Acquisitions));
        Assert.Single(view.Images);
    }

    [Fact]
    public async Task A_user_edit_writes_one_edit_command_queues_added_targets_and_skips_removed_ones()
    {
        await using var silo = await DomainSilo.StartAsync();
        var id = "edit-" + Guid.NewGuid();
        await silo.NewSessionWithGridAsync(id);
        var grid = silo.Grains.GetGrain<IGridGrain>(GridKeys.For(id, 1));
        await grid.RecordTargetsFoundAsync([Hole("h1", 1), Hole("h2", 2)], "found");

        var commandId = await grid.EditTargetsAsync([Hole("user-1", 3)], ["h2"], "alice");

        var command = Assert.Single(await AgentCommandStreamReader.ReadAsync(silo, 1)).Item;
        Assert.Equal(commandId, command.CommandId);
        Assert.Equal(AgentCommandKind.EditTargets, command.Kind);
        Assert.Equal(["user-1"], command.AddedTargets!.Select(t => t.TargetId));
        Assert.Equal(["h2"], command.RemovedTargetIds!);
        var added = await silo.Grains.GetGrain<ITargetGrain>(TargetKeys.For(id, 1, "user-1")).GetAsync();
        Assert.True(added.AddedByUser);
        Assert.Equal(WorkState.Queued, added.State);
        Assert.Equal(WorkState.Skipped, (await silo.Grains.GetGrain<ITargetGrain>(TargetKeys.For(id, 1, "h2")).GetAsync()).State);
    }

    [Fact]
    public async Task Removing_a_started_target_or_an_unknown_one_is_refused_and_writes_no_command()
    {
        await using var silo = await DomainSilo.StartAsync();
        var id = "refuse-" + Guid.NewGuid();
        await silo.NewSessionWithGridAsync(id);
        var grid = silo.Grains.GetGrain<IGridGrain>(GridKeys.For(id, 1));
        await grid.RecordTargetsFoundAsync([Hole("h1", 1)], "found");
        await silo.Grains.GetGrain<ITargetGrain>(TargetKeys.For(id, 1, "h1")).ReportStateAsync(WorkState.Started, null, "h1-started");

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => grid.EditTargetsAsync([Hole("h1", 1)], ["h1", "nope"], "alice"));

        Assert.Equal(["added[0].targetId", "removed[0]", "removed[1]"], refused.Errors.Select(e => e.Field));
        Assert.Equal(0, await AgentCommandStreamReader.CountAsync(silo));
        Assert.Equal(WorkState.Started, (await silo.Grains.GetGrain<ITargetGrain>(TargetKeys.For(id, 1, "h1")).GetAsync()).State);
    }

    [Fact]
    public async Task Session_reports_are_applied_once_per_key_and_a_refused_run_state_leaves_no_key_behind()
    {
        await using var silo = await DomainSilo.StartAsync();
        var id = "reports-" + Guid.NewGuid();
        var session = await silo.NewSessionWithGridAsync(id);

        Assert.True(await session.ApplyLogReportAsync(LogPanel.Queue, "queued 3 squares", "log-1"));
        Assert.False(await session.ApplyLogReportAsync(LogPanel.Queue, "queued 3 squares", "log-1"));
        await Assert.ThrowsAsync<InvalidStateException>(() => session.ApplyRunStateReportAsync(SessionRunState.Running, null, "run-1"));
        await session.StartAsync("alice");
        Assert.True(await session.ApplyRunStateReportAsync(SessionRunState.Running, null, "run-1"));

        var events = await silo.EventsAsync(id, 5);
        Assert.Single(events, e => e.Kind == SessionEventKind.Log);
        Assert.Equal(SessionRunState.Running, (await session.GetAsync()).RunState);
    }

    private static TargetFound Hole(string id, int i) =>
        new(id, "g1/sq1", TargetLevel.Hole, i * 2.5, -i * 1.5, 100 + i, 200 + i, 0.5 + (i * 0.01), "good", Selected: i % 2 == 0, BisGroup: i / 4);
}
