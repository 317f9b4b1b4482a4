using Platform.Grains.AgentCommands;
using Platform.Grains.Errors;
using Platform.Grains.Grids;
using Platform.Grains.Sessions;

namespace Platform.Grains.Tests.Targets;

/// <summary>Run control writes its command for the microscope's agent in the same transaction as the session's state change.</summary>
public sealed class AgentCommandTests
{
    [Fact]
    public async Task Start_writes_a_start_run_command_with_the_grids_in_order_the_collection_parameters_and_the_pause_toggle()
    {
        await using var silo = await DomainSilo.StartAsync();
        var id = "start-" + Guid.NewGuid();
        var session = await silo.NewSessionWithGridAsync(id);
        await session.AddGridAsync(new GridSetup(3, "apo_3", "R2/1", 400, MeshMaterial.Carbon));
        await session.SetPauseBetweenGridsAsync(true);

        await session.StartAsync("alice");

        var command = Assert.Single(await AgentCommandStreamReader.ReadAsync(silo, 1)).Item;
        Assert.Equal(AgentCommandKind.StartRun, command.Kind);
        Assert.Equal($"{id}/cmd-1", command.CommandId);
        Assert.Equal(id, command.SessionId);
        var plan = command.Plan!;
        Assert.Equal([1, 3], plan.Grids.Select(g => g.Position));
        Assert.Equal("1_apo_1", plan.Grids[0].Name);
        Assert.Equal(MeshMaterial.Carbon, plan.Grids[1].MeshMaterial);
        Assert.Equal((await session.GetAsync()).Setup.Collection, plan.Collection);
        Assert.True(plan.PauseBetweenGrids);
        Assert.Equal(silo.MicroscopeId, plan.MicroscopeId);
    }

    [Fact]
    public async Task Stop_pause_toggle_answer_force_kill_and_force_start_each_write_one_command_with_a_new_id()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        await session.StartAsync("alice");
        await session.ReportRunStateAsync(SessionRunState.Running, null);
        await session.SetPauseBetweenGridsAsync(true);
        await session.ReportRunStateAsync(SessionRunState.Paused, "grid 1 done");
        await session.AnswerPausePromptAsync(PauseAnswer.NextGrid);
        await session.StopAsync("alice");
        await session.ForceKillAsync("staff");
        await session.ForceStartAsync("staff");

        // The first start also started the session's three tracks (one track command each); the force start found them running.
        var all = (await AgentCommandStreamReader.ReadAsync(silo, 9)).Select(i => i.Item).ToList();
        Assert.Equal(3, all.Count(c => c.Kind == AgentCommandKind.Track));
        var commands = all.Where(c => c.Kind != AgentCommandKind.Track).ToList();
        Assert.Equal(
            [AgentCommandKind.StartRun, AgentCommandKind.SetPauseBetweenGrids, AgentCommandKind.AnswerPause, AgentCommandKind.SoftStop, AgentCommandKind.ForceKill, AgentCommandKind.StartRun],
            commands.Select(c => c.Kind));
        Assert.Equal(9, all.Select(c => c.CommandId).Distinct().Count());
        Assert.True(commands[1].PauseBetweenGrids);
        Assert.Equal(PauseAnswer.NextGrid, commands[2].PauseAnswer);
        Assert.Equal(9, await AgentCommandStreamReader.CountAsync(silo));
    }

    [Fact]
    public async Task A_refused_start_or_a_pause_toggle_outside_a_run_writes_no_command()
    {
        await using var silo = await DomainSilo.StartAsync();
        var holderId = "holder-" + Guid.NewGuid();
        var holder = await silo.NewSessionWithGridAsync(holderId);
        var other = await silo.NewSessionWithGridAsync();
        await other.SetPauseBetweenGridsAsync(true);
        await holder.StartAsync("alice");

        await Assert.ThrowsAsync<ScopeLockedException>(() => other.StartAsync("bob"));
        await other.SetPauseBetweenGridsAsync(false);

        // The holder's start and its three track starts; nothing from the refused session.
        Assert.Equal(4, await AgentCommandStreamReader.CountAsync(silo));
        Assert.All(await AgentCommandStreamReader.ReadAsync(silo, 4), c => Assert.Equal(holderId, c.Item.SessionId));
    }
}
