using Platform.Grains.AgentCommands;
using Platform.Grains.Errors;
using Platform.Grains.Sessions;
using Platform.Grains.Tests.Targets;

namespace Platform.Grains.Tests.Tracks;

/// <summary>Track controls (nextPYP's Start / Stop / Restart / Clear): each writes a track command with its state change, or refuses and writes nothing.</summary>
public sealed class TrackControlTests
{
    [Fact]
    public async Task Starting_the_run_starts_every_track_with_a_track_command_carrying_the_saved_settings_and_the_session_name()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();

        var started = await session.StartAsync("alice");

        Assert.All(started.Tracks, t => Assert.Equal(TrackState.Starting, t.State));
        var commands = (await AgentCommandStreamReader.ReadAsync(silo, 4)).Select(i => i.Item).ToList();
        Assert.Equal(AgentCommandKind.StartRun, commands[0].Kind);
        var tracks = commands.Skip(1).ToList();
        Assert.All(tracks, c => Assert.Equal(AgentCommandKind.Track, c.Kind));
        Assert.Equal([TrackKind.Transfer, TrackKind.Preprocessing, TrackKind.Classification2D], tracks.Select(c => c.Track!.Track));
        Assert.All(tracks, c => Assert.Equal(TrackAction.Start, c.Track!.Action));
        Assert.All(tracks, c => Assert.Equal(started.Setup.Processing, c.Track!.Settings));
        Assert.All(tracks, c => Assert.Equal(started.Name, c.Track!.SessionName));
        Assert.Equal(4, commands.Select(c => c.CommandId).Distinct().Count());
    }

    [Fact]
    public async Task Clear_while_a_track_runs_is_an_invalid_state_that_writes_nothing_and_after_a_stop_it_resets_the_progress()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        await session.StartTrackAsync(TrackKind.Transfer, "alice");
        await session.ApplyTrackStatusReportAsync(TrackKind.Transfer, TrackState.Running, new TrackCounters(3, 2, 1, 3000, 120, 1e6), null, silo.Clock.GetUtcNow(), "r1");
        var commandsBefore = await AgentCommandStreamReader.CountAsync(silo);

        var refused = await Assert.ThrowsAsync<InvalidStateException>(() => session.ClearTrackAsync(TrackKind.Transfer, "alice"));

        Assert.Equal("Running", refused.CurrentState);
        Assert.Equal(commandsBefore, await AgentCommandStreamReader.CountAsync(silo));
        Assert.Equal(3, (await session.GetAsync()).Tracks.Single(t => t.Track == TrackKind.Transfer).Progress.ItemsDone);

        Assert.Equal(TrackState.Stopping, (await session.StopTrackAsync(TrackKind.Transfer, "alice")).Tracks.Single(t => t.Track == TrackKind.Transfer).State);
        await session.ApplyTrackStatusReportAsync(TrackKind.Transfer, TrackState.NotRunning, new TrackCounters(3, 2, 1, 3000, null, null), null, silo.Clock.GetUtcNow().AddSeconds(1), "r2");
        var cleared = (await session.ClearTrackAsync(TrackKind.Transfer, "alice")).Tracks.Single(t => t.Track == TrackKind.Transfer);

        Assert.Equal(TrackState.NotRunning, cleared.State);
        Assert.Equal(TrackCounters.None, cleared.Progress);
        var last = (await AgentCommandStreamReader.ReadAsync(silo, (int)await AgentCommandStreamReader.CountAsync(silo))).Select(i => i.Item).ToList();
        Assert.Equal([TrackAction.Start, TrackAction.Stop, TrackAction.Clear], last.Where(c => c.Kind == AgentCommandKind.Track).Select(c => c.Track!.Action));
    }

    [Fact]
    public async Task Starting_a_running_track_and_stopping_a_stopped_one_are_invalid_states()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();

        await Assert.ThrowsAsync<InvalidStateException>(() => session.StopTrackAsync(TrackKind.Preprocessing, "alice"));
        await session.StartTrackAsync(TrackKind.Preprocessing, "alice");
        await Assert.ThrowsAsync<InvalidStateException>(() => session.StartTrackAsync(TrackKind.Preprocessing, "alice"));
        await session.StopTrackAsync(TrackKind.Preprocessing, "alice");
        await Assert.ThrowsAsync<InvalidStateException>(() => session.StopTrackAsync(TrackKind.Preprocessing, "alice"));

        Assert.Equal(2, (await AgentCommandStreamReader.CountAsync(silo)));
    }

    [Fact]
    public async Task Restart_makes_pending_settings_current_and_sends_them_with_the_restart_command()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        await session.StartTrackAsync(TrackKind.Preprocessing, "alice");
        await session.ApplyTrackStatusReportAsync(TrackKind.Preprocessing, TrackState.Running, TrackCounters.None, null, silo.Clock.GetUtcNow(), "r1");
        var setup = (await session.GetAsync()).Setup;
        var saved = await session.UpdateSetupAsync(setup with { Processing = setup.Processing with { ParticleRadiusAngstrom = 140 } });
        Assert.True(saved.Tracks.Single(t => t.Track == TrackKind.Preprocessing).SettingsPending);

        var restarted = (await session.RestartTrackAsync(TrackKind.Preprocessing)).Tracks.Single(t => t.Track == TrackKind.Preprocessing);

        Assert.False(restarted.SettingsPending);
        Assert.Equal(TrackState.Starting, restarted.State);
        var command = (await AgentCommandStreamReader.ReadAsync(silo, 2))[1].Item;
        Assert.Equal(TrackAction.Restart, command.Track!.Action);
        Assert.Equal(140, command.Track.Settings.ParticleRadiusAngstrom);
    }

    [Fact]
    public async Task Ending_the_session_stops_its_running_tracks_and_ending_a_completed_one_stops_those_left_draining()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        await session.StartAsync("alice");
        await session.ReportRunStateAsync(SessionRunState.Running, null);
        await session.ReportRunStateAsync(SessionRunState.Completed, null);
        Assert.Equal(TrackState.Starting, (await session.GetAsync()).Tracks.Single(t => t.Track == TrackKind.Transfer).State);

        var ended = await session.EndAsync();

        Assert.All(ended.Tracks, t => Assert.Equal(TrackState.Stopping, t.State));
        var commands = (await AgentCommandStreamReader.ReadAsync(silo, 7)).Select(i => i.Item).Where(c => c.Kind == AgentCommandKind.Track).ToList();
        Assert.Equal(3, commands.Count(c => c.Track!.Action == TrackAction.Stop));
    }
}
