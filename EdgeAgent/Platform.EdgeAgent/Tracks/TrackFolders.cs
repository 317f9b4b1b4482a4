using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Workflow;

namespace Platform.EdgeAgent.Tracks;

/// <summary>
/// The agent's folders as tracks see them: where SerialEM writes frames and the workflow writes images (each session in a
/// subfolder named after the session), and <see cref="TracksFolder"/>, where each session's tracks keep their state.
/// </summary>
public sealed record TrackFolders(string FramesFolder, string DataFolder, string TracksFolder)
{
    /// <summary>The file listing the tracks to resume after a restart.</summary>
    public string RunningTracksPath => Path.Combine(TracksFolder, "running-tracks.json");

    /// <summary>A session's folders and settings as a track gets them.</summary>
    public TrackSession SessionFor(RunningTrack track, IPlatformLink link, TimeProvider time)
    {
        var folder = WorkflowFolders.SessionFolderName(track.SessionName.Length > 0 ? track.SessionName : track.SessionId);
        return new TrackSession(track.SessionId, track.Settings, Path.Combine(FramesFolder, folder), Path.Combine(TracksFolder, WorkflowFolders.SessionFolderName(track.SessionId)), link, time)
        {
            ImagesFolder = Path.Combine(DataFolder, folder),
        };
    }
}
