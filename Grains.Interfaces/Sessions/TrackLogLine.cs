using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>One line of a track's log panel, as kept for <c>Track.logs</c>.</summary>
[Immutable]
public sealed record TrackLogLine(DateTimeOffset AtUtc, string Message)
{
    /// <summary>Lines kept per track; <c>GetTrackLogAsync</c> answers at most this many.</summary>
    public const int KeptPerTrack = 200;
}
