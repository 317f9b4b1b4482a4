using Platform.Transfer.Uploading;
using Platform.Transfer.Watching;

namespace Platform.Transfer.Track;

/// <summary>
/// The transfer track's settings: what it watches (<see cref="Watch"/>, whose scan interval paces the track, and
/// <see cref="MoreSources"/>) and how it uploads. A restart may bring new ones.
/// </summary>
public sealed record TransferTrackOptions(WatchOptions Watch, UploadSettings Upload)
{
    /// <summary>Further folders to send from, each with its own blob prefix and file filter.</summary>
    public IReadOnlyList<WatchOptions> MoreSources { get; init; } = [];

    /// <summary>Every watched folder, <see cref="Watch"/> first.</summary>
    public IReadOnlyList<WatchOptions> Sources => [Watch, .. MoreSources];

    /// <summary>Log lines kept for <see cref="TransferTrack.RecentLog"/>.</summary>
    public int RecentLogLines { get; init; } = 200;
}
