using Platform.Grains.AgentCommands;
using Platform.Grains.Errors;
using Platform.Grains.Microscopes;
using Platform.Grains.Sessions;
using Platform.Grains.Tests.Targets;

namespace Platform.Grains.Tests;

/// <summary>Run control and the scope lock: start, soft stop, pause between grids, force start, force kill.</summary>
public sealed class RunControlTests
{
    [Fact]
    public async Task A_second_session_on_a_locked_scope_gets_a_scope_locked_error_naming_the_holder_and_stays_created()
    {
        await using var silo = await DomainSilo.StartAsync();
        var holderId = "holder-" + Guid.NewGuid();
        var holder = await silo.NewSessionWithGridAsync(holderId);
        var otherId = "other-" + Guid.NewGuid();
        var other = await silo.NewSessionWithGridAsync(otherId);

        Assert.Equal(SessionRunState.Starting, (await holder.StartAsync("alice")).RunState);
        var locked = await Assert.ThrowsAsync<ScopeLockedException>(() => other.StartAsync("bob"));

        Assert.Equal(holderId, locked.HolderSessionId);
        Assert.Equal("alice", locked.HolderUserId);
        Assert.Equal(SessionRunState.Created, (await other.GetAsync()).RunState);
        Assert.Equal(holderId, (await silo.Grains.GetGrain<IMicroscopeGrain>(silo.MicroscopeId).GetAsync()).RunLock?.SessionId);
        var events = await silo.EventsAsync(otherId, 3);
        Assert.Contains(events, e => e.Kind == SessionEventKind.Notification && e.Detail == holderId);
    }

    [Fact]
    public async Task Soft_stop_waits_for_the_agent_then_releases_the_lock_for_the_next_session()
    {
        await using var silo = await DomainSilo.StartAsync();
        var firstId = "first-" + Guid.NewGuid();
        var first = await silo.NewSessionWithGridAsync(firstId);
        var second = await silo.NewSessionWithGridAsync();
        await first.StartAsync("alice");
        await first.ReportRunStateAsync(SessionRunState.Running, null);

        Assert.Equal(SessionRunState.Stopping, (await first.StopAsync("alice")).RunState);
        await Assert.ThrowsAsync<ScopeLockedException>(() => second.StartAsync("bob"));
        await first.ReportRunStateAsync(SessionRunState.Stopped, "stopped after the current acquisition");

        Assert.Equal(SessionRunState.Starting, (await second.StartAsync("bob")).RunState);
        var events = await silo.EventsAsync(firstId, 7);
        Assert.Contains(events, e => e.Kind == SessionEventKind.Notification && e.Message.StartsWith("Stop signal received", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pause_between_grids_prompts_and_the_answer_resumes_the_run()
    {
        await using var silo = await DomainSilo.StartAsync();
        var id = "pause-" + Guid.NewGuid();
        var session = await silo.NewSessionWithGridAsync(id);
        await session.SetPauseBetweenGridsAsync(true);
        await session.StartAsync("alice");
        await session.ReportRunStateAsync(SessionRunState.Running, null);
        Assert.Equal(SessionRunState.Paused, (await session.ReportRunStateAsync(SessionRunState.Paused, "grid 1 done")).RunState);

        var resumed = await session.AnswerPausePromptAsync(PauseAnswer.NextGrid);
        Assert.Equal(SessionRunState.Running, resumed.RunState);
        var events = await silo.EventsAsync(id, 8);
        Assert.Contains(events, e => e.Kind == SessionEventKind.PausePrompt);
        Assert.Equal(nameof(PauseAnswer.NextGrid), events[^1].Detail);
    }

    [Fact]
    public async Task Force_kill_stops_at_once_and_frees_the_scope_and_force_start_recovers_from_error()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        await session.StartAsync("alice");
        await session.ReportRunStateAsync(SessionRunState.Running, null);

        Assert.Equal(SessionRunState.Stopped, (await session.ForceKillAsync("staff")).RunState);
        Assert.Null((await silo.Grains.GetGrain<IMicroscopeGrain>(silo.MicroscopeId).GetAsync()).RunLock);

        await session.StartAsync("alice");
        await session.ReportRunStateAsync(SessionRunState.Error, "SerialEM connection lost");
        Assert.Equal(SessionRunState.Starting, (await session.ForceStartAsync("staff")).RunState);
    }

    [Fact]
    public async Task Invalid_transitions_are_refused_and_change_nothing()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        await Assert.ThrowsAsync<InvalidStateException>(() => session.StopAsync("alice"));
        await Assert.ThrowsAsync<InvalidStateException>(() => session.ReportRunStateAsync(SessionRunState.Completed, null));
        await session.StartAsync("alice");
        await Assert.ThrowsAsync<InvalidStateException>(() => session.StartAsync("alice"));
        await Assert.ThrowsAsync<InvalidStateException>(() => session.DeleteAsync());
        Assert.Equal(SessionRunState.Starting, (await session.GetAsync()).RunState);
    }

    [Fact]
    public async Task Staff_can_remove_a_stale_scope_lock_and_an_expired_lease_frees_the_scope()
    {
        await using var silo = await DomainSilo.StartAsync();
        var crashed = await silo.NewSessionWithGridAsync();
        var next = await silo.NewSessionWithGridAsync();
        await crashed.StartAsync("alice");
        var microscope = silo.Grains.GetGrain<IMicroscopeGrain>(silo.MicroscopeId);

        Assert.NotNull(await microscope.ForceReleaseRunLockAsync("staff"));
        Assert.Equal(SessionRunState.Starting, (await next.StartAsync("bob")).RunState);
        await next.ForceKillAsync("staff");

        await crashed.ForceStartAsync("staff");
        silo.Clock.Advance(SessionGrain.RunLockLease + TimeSpan.FromSeconds(1));
        Assert.Null((await microscope.GetAsync()).RunLock);
    }

    [Fact]
    public async Task Removing_the_lock_of_a_running_session_stops_it_and_sends_the_agent_a_force_kill_while_an_idle_holder_only_hears_of_it()
    {
        await using var silo = await DomainSilo.StartAsync();
        var running = await silo.NewSessionWithGridAsync();
        var idle = await silo.NewSessionWithGridAsync();
        await running.StartAsync("alice");
        await running.ReportRunStateAsync(SessionRunState.Running, null);

        var stopped = await running.ScopeLockRemovedAsync("staff");
        var untouched = await idle.ScopeLockRemovedAsync("staff");

        Assert.Equal(SessionRunState.Stopped, stopped.RunState);
        Assert.Equal("Stopped: scope lock removed by staff staff", stopped.RunMessage);
        Assert.Equal(SessionRunState.Created, untouched.RunState);
        var commands = (await AgentCommandStreamReader.ReadAsync(silo, 5)).Select(c => c.Item).Where(c => c.Kind != AgentCommandKind.Track).ToList();
        Assert.Equal([AgentCommandKind.StartRun, AgentCommandKind.ForceKill], commands.Select(c => c.Kind));
        Assert.Equal(SessionRunState.Starting, (await running.StartAsync("alice")).RunState);
    }
}
