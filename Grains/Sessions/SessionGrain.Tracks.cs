using Platform.Grains.AgentCommands;
using Platform.Grains.Errors;

namespace Platform.Grains.Sessions;

/// <summary>
/// Streaming tracks (nextPYP): Start / Stop / Restart / Clear queue a track command for the microscope's agent, written with
/// the state change; starting the run starts the tracks that are not running and ending the session stops them. Saving
/// processing settings while a processing track runs marks it "settings pending" until that track restarts with them.
/// </summary>
public sealed partial class SessionGrain
{
    public async Task<SessionView> StartTrackAsync(TrackKind track, string requestedByUserId)
    {
        View();
        EnsureDataKept("start a track");
        var current = Track(track);
        if (current.IsActive)
        {
            throw new InvalidStateException($"start the {track} track", current.State.ToString(), "it is already running");
        }

        var message = $"{track}: start requested by {requestedByUserId}";
        ControlTrack(track, TrackAction.Start, TrackState.Starting, message);
        await SaveAsync(Event(SessionEventKind.TrackChanged, message, detail: track.ToString()));
        return View();
    }

    public async Task<SessionView> StopTrackAsync(TrackKind track, string requestedByUserId)
    {
        View();
        var current = Track(track);
        if (!current.IsActive || current.State is TrackState.Stopping)
        {
            throw new InvalidStateException($"stop the {track} track", current.State.ToString(), "it is not running");
        }

        var message = $"{track}: stop requested by {requestedByUserId}";
        ControlTrack(track, TrackAction.Stop, TrackState.Stopping, message);
        await SaveAsync(Event(SessionEventKind.TrackChanged, message, detail: track.ToString()));
        return View();
    }

    public async Task<SessionView> RestartTrackAsync(TrackKind track)
    {
        View();
        if (track is TrackKind.Transfer)
        {
            throw new InvalidInputException([new("track", "the transfer track is the main track: stop and start the session instead (nextPYP restarts sub-tracks only)")]);
        }

        EnsureDataKept("restart a track");
        ControlTrack(track, TrackAction.Restart, TrackState.Starting, $"{track}: restarting with the saved settings");
        await SaveAsync(Event(SessionEventKind.TrackChanged, $"{track}: restarting with the saved settings", detail: track.ToString()));
        return View();
    }

    public async Task<SessionView> ClearTrackAsync(TrackKind track, string requestedByUserId)
    {
        View();
        var current = Track(track);
        if (current.IsActive)
        {
            throw new InvalidStateException($"clear the {track} track", current.State.ToString(), "stop the track first");
        }

        var message = $"{track}: cleared by {requestedByUserId}; a start redoes every item";
        ControlTrack(track, TrackAction.Clear, TrackState.NotRunning, message);
        SetTrack(Track(track) with { Progress = TrackCounters.None });
        S.TrackLogs.Remove(track.ToString());
        await SaveAsync(Event(SessionEventKind.TrackChanged, message, detail: track.ToString()));
        return View();
    }

    public async Task<SessionView> ReportTrackStateAsync(TrackKind track, TrackState trackState)
    {
        View();
        var current = Track(track);
        SetTrack(current with { State = trackState, SettingsPending = current.SettingsPending && !ClearsPending(trackState), ChangedAtUtc = TimeProvider.GetUtcNow() });
        await SaveAsync(Event(SessionEventKind.TrackChanged, $"{track}: {trackState}", detail: track.ToString()));
        return View();
    }

    public async Task AppendLogAsync(LogPanel panel, string message)
    {
        View();
        if (string.IsNullOrWhiteSpace(message) || message.Length > 4000)
        {
            throw new InvalidInputException([new("message", "must be 1 to 4000 characters")]);
        }

        await PublishAsync(Event(SessionEventKind.Log, message, panel));
    }

    /// <summary>The run starts: every track not running is started with it (queued with the start's write).</summary>
    private void StartIdleTracks(string requestedByUserId)
    {
        foreach (var track in S.Tracks.Where(t => !t.IsActive).Select(t => t.Track).ToList())
        {
            ControlTrack(track, TrackAction.Start, TrackState.Starting, $"{track}: started with the run by {requestedByUserId}");
        }
    }

    /// <summary>The session ends: every active track is stopped (queued with the end's write).</summary>
    private bool StopActiveTracks()
    {
        var active = S.Tracks.Where(t => t.IsActive && t.State is not TrackState.Stopping).Select(t => t.Track).ToList();
        foreach (var track in active)
        {
            ControlTrack(track, TrackAction.Stop, TrackState.Stopping, $"{track}: stopped because the session ended");
        }

        return active.Count > 0;
    }

    private void ControlTrack(TrackKind track, TrackAction action, TrackState next, string message)
    {
        S.AgentCommandCount++;
        var detail = new TrackCommandDetail(track, action, S.Setup!.Processing, S.Name);
        _queuedCommands.Add(new AgentCommandRecord($"{GrainKey}/cmd-{S.AgentCommandCount}", GrainKey, AgentCommandKind.Track, TimeProvider.GetUtcNow(), Track: detail));
        var current = Track(track);
        var sendsSettings = action is TrackAction.Start or TrackAction.Restart;
        SetTrack(current with { State = next, SettingsPending = current.SettingsPending && !sendsSettings, Message = message, ChangedAtUtc = TimeProvider.GetUtcNow() });
    }

    private void EnsureDataKept(string action)
    {
        if (S.DataDeletedAtUtc is not null)
        {
            throw new InvalidStateException(action, "the session's data was deleted", "create a new session (copy this one's settings)");
        }
    }

    private void MarkProcessingSettingsPending()
    {
        foreach (var track in S.Tracks.Where(t => t.Track is not TrackKind.Transfer && t.State is TrackState.Running or TrackState.Starting or TrackState.Waiting).ToList())
        {
            SetTrack(track with { SettingsPending = true });
        }
    }

    private static bool ClearsPending(TrackState state) => state is TrackState.Starting or TrackState.NotRunning or TrackState.Finished;

    private TrackStatus Track(TrackKind track) => S.Tracks.Single(t => t.Track == track);

    private void SetTrack(TrackStatus status) => S.Tracks[S.Tracks.FindIndex(t => t.Track == status.Track)] = status;
}
