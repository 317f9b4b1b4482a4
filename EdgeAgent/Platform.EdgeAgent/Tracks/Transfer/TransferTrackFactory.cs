using Platform.AgentLink.Contracts;
using Platform.Transfer.Grants;
using Platform.Transfer.Track;
using Platform.Transfer.Uploading;
using Platform.Transfer.Watching;

namespace Platform.EdgeAgent.Tracks.Transfer;

/// <summary>
/// Builds a session's transfer track (register <see cref="Create"/> with the <see cref="TrackHost"/>). Where files go under the
/// session's grant prefix: movies from the frames folder to <c>frames/&lt;relative path&gt;</c>, the workflow's images to
/// <c>images/&lt;relative path&gt;</c>, and the pre-processing track's <c>*.png</c> and <c>*_picks.star</c> to
/// <c>preprocessing/&lt;file name&gt;</c>. A folder that does not exist yet is watched until it appears.
/// </summary>
/// <param name="grants">The upload grant source for a session id (the platform link's <c>requestSessionDataGrant</c>).</param>
public sealed class TransferTrackFactory(Func<string, IUploadGrantSource> grants)
{
    public const string FramesPrefix = "frames/";
    public const string ImagesPrefix = "images/";
    public const string PreprocessingPrefix = "preprocessing/";

    /// <summary>The pre-processing outputs sent: its micrograph images and particle picks.</summary>
    public static readonly IReadOnlyList<string> PreprocessingOutputs = [".png", "_picks.star"];

    public UploadSettings Upload { get; init; } = new();

    /// <summary>A file is complete once unchanged this long (and not open for writing).</summary>
    public TimeSpan StableFor { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ScanInterval { get; init; } = TimeSpan.FromSeconds(2);

    public IAgentTrack Create(TrackSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new TransferAgentTrack(session, grants(session.SessionId), OptionsFor(session));
    }

    /// <summary>The watched folders and upload settings of a session's transfer track.</summary>
    public TransferTrackOptions OptionsFor(TrackSession session)
    {
        var frames = Watch(session.FramesFolder, FramesPrefix);
        var preprocessing = Watch(session.FolderOf(TrackKind.Preprocessing), PreprocessingPrefix) with { Flatten = true, NameSuffixes = PreprocessingOutputs };
        return new TransferTrackOptions(frames, Upload)
        {
            MoreSources = session.ImagesFolder is { } images ? [Watch(images, ImagesPrefix), preprocessing] : [preprocessing],
        };
    }

    private WatchOptions Watch(string folder, string prefix) =>
        new(folder) { BlobPrefix = prefix, MayBeMissing = true, StableFor = StableFor, ScanInterval = ScanInterval };
}
