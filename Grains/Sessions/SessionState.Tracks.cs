namespace Platform.Grains.Sessions;

/// <summary>The session's track logs: the last <see cref="TrackLogLine.KeptPerTrack"/> lines of each track's panel, by track name.</summary>
public sealed partial class SessionState
{
    public Dictionary<string, List<TrackLogLine>> TrackLogs { get; set; } = [];
}
