using Platform.Transfer.Uploading;
using Platform.Transfer.Watching;

namespace Platform.Transfer.Track;

/// <summary>The transfer track's settings: what it watches and how it uploads. A restart may bring new ones.</summary>
public sealed record TransferTrackOptions(WatchOptions Watch, UploadSettings Upload)
{
    /// <summary>Log lines kept for <see cref="TransferTrack.RecentLog"/>.</summary>
    public int RecentLogLines { get; init; } = 200;
}
