using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Tracks;

/// <summary>
/// What a track runs for: the session, the settings from the platform's last <see cref="TrackCommand"/>, the folders on the
/// microscope PC (<see cref="FramesFolder"/> where SerialEM writes movies; <see cref="SessionWorkFolder"/> the agent's folder
/// for this session, in which each track owns <see cref="FolderOf"/> its kind), the link for reports and the clock.
/// </summary>
public sealed record TrackSession(
    string SessionId,
    ProcessingSettings Settings,
    string FramesFolder,
    string SessionWorkFolder,
    IPlatformLink Link,
    TimeProvider Time)
{
    /// <summary>Where the acquisition workflow writes this session's images (atlases, squares, holes); null when the agent has none.</summary>
    public string? ImagesFolder { get; init; }

    /// <summary>
    /// The folder a track keeps its durable state and outputs in; <see cref="IAgentTrack.ClearAsync"/> may empty only its own.
    /// Other tracks may read it (2D classification reads the pre-processing track's aligned sums and picks).
    /// </summary>
    public string FolderOf(TrackKind kind) => Path.Combine(SessionWorkFolder, kind switch
    {
        TrackKind.Transfer => "transfer",
        TrackKind.Preprocessing => "preprocessing",
        TrackKind.Classification2D => "classification2d",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown track"),
    });
}
