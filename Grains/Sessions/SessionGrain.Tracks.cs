using Platform.Grains.Errors;

namespace Platform.Grains.Sessions;

/// <summary>
/// Streaming tracks (nextPYP): the agent reports their states; saving processing settings while a
/// processing track runs marks it "settings pending" until that track restarts with them.
/// </summary>
public sealed partial class SessionGrain
{
    public async Task<SessionView> ReportTrackStateAsync(TrackKind track, TrackState trackState)
    {
        View();
        var current = Track(track);
        var clearsPending = trackState is TrackState.Starting or TrackState.NotRunning or TrackState.Finished;
        SetTrack(current with { State = trackState, SettingsPending = current.SettingsPending && !clearsPending, ChangedAtUtc = TimeProvider.GetUtcNow() });
        await SaveAsync(Event(SessionEventKind.TrackChanged, $"{track}: {trackState}", detail: track.ToString()));
        return View();
    }

    public async Task<SessionView> RestartTrackAsync(TrackKind track)
    {
        View();
        if (track is TrackKind.Transfer)
        {
            throw new InvalidInputException([new("track", "the transfer track is the main track: stop and start the session instead (nextPYP restarts sub-tracks only)")]);
        }

        SetTrack(Track(track) with { State = TrackState.Starting, SettingsPending = false, ChangedAtUtc = TimeProvider.GetUtcNow() });
        await SaveAsync(Event(SessionEventKind.TrackChanged, $"{track}: restarting with the saved settings", detail: track.ToString()));
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

    private void MarkProcessingSettingsPending()
    {
        foreach (var track in S.Tracks.Where(t => t.Track is not TrackKind.Transfer && t.State is TrackState.Running or TrackState.Starting or TrackState.Waiting).ToList())
        {
            SetTrack(track with { SettingsPending = true });
        }
    }

    private TrackStatus Track(TrackKind track) => S.Tracks.Single(t => t.Track == track);

    private void SetTrack(TrackStatus status) => S.Tracks[S.Tracks.FindIndex(t => t.Track == status.Track)] = status;
}
