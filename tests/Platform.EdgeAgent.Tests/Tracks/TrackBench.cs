using Platform.AgentLink.Contracts;
using Platform.Blobs.FileSystem;
using Platform.Blobs.Grants;
using Platform.EdgeAgent.Tests.Support;
using Platform.EdgeAgent.Tracks;
using Platform.EdgeAgent.Tracks.Transfer;
using Platform.EdgeAgent.Workflow;
using Platform.Transfer.Grants;
using Platform.Transfer.Uploading;

namespace Platform.EdgeAgent.Tests.Tracks;

/// <summary>
/// A track host on folders of the test's own, with the real transfer track registered: upload grants for session
/// <see cref="SessionId"/> on a filesystem blob store (or the one <see cref="Grants"/> is replaced by), quick scans, small blocks.
/// </summary>
internal sealed class TrackBench : IAsyncDisposable
{
    public const string SessionId = "s-tracks";
    public const string SessionName = "20260302_apo tracks";
    public const string Prefix = "demo/s-tracks/";

    private readonly BlobGrantSigner _signer = new("edge-agent-tests-grant-signing-key-0123456789"u8.ToArray(), TimeProvider.System);

    public TrackBench()
    {
        Root = Directory.CreateTempSubdirectory("tracks-").FullName;
        Folders = new TrackFolders(Path.Combine(Root, "frames"), Path.Combine(Root, "data"), Path.Combine(Root, "agent", "tracks"));
        Store = new FileSystemBlobStore(Path.Combine(Root, "blobs"));
        Grants = new DelegateGrantSource(() =>
        {
            var grant = _signer.Issue(Prefix, BlobPermissions.Write, TimeSpan.FromHours(1));
            return new UploadGrant(grant, new GrantScopedBlobStore(Store, grant, TimeProvider.System));
        });
    }

    public string Root { get; }

    public TrackFolders Folders { get; }

    public FileSystemBlobStore Store { get; }

    public InMemoryPlatformLink Link { get; } = new();

    public IUploadGrantSource Grants { get; set; }

    /// <summary>The session's frames folder as the workflow names it (<c>frames/YYYYMMDD_Name</c>).</summary>
    public string FramesFolder => Path.Combine(Folders.FramesFolder, WorkflowFolders.SessionFolderName(SessionName));

    public string ImagesFolder => Path.Combine(Folders.DataFolder, WorkflowFolders.SessionFolderName(SessionName));

    /// <summary>The pre-processing track's folder for the session (where its PNGs and picks appear).</summary>
    public string PreprocessingFolder => Path.Combine(Folders.TracksFolder, SessionId, "preprocessing");

    /// <summary>A host with the transfer track registered (and nothing else).</summary>
    public TrackHost NewHost()
    {
        var host = new TrackHost(Folders, Link);
        host.Register(TrackKind.Transfer, new TransferTrackFactory(_ => Grants)
        {
            Upload = new UploadSettings { BlockSizeBytes = 64 * 1024, Parallelism = 3, InitialRetryDelay = TimeSpan.FromMilliseconds(100) },
            StableFor = TimeSpan.FromMilliseconds(150),
            ScanInterval = TimeSpan.FromMilliseconds(50),
        }.Create);
        return host;
    }

    public static TrackCommand Command(TrackKind kind, TrackAction action, string id) =>
        new(id, SessionId, kind, action, new ProcessingSettings()) { SessionName = SessionName };

    /// <summary>Writes <paramref name="bytes"/> random bytes to <paramref name="path"/> (creating its folder) and returns them.</summary>
    public static byte[] WriteFile(string path, int bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var content = System.Security.Cryptography.RandomNumberGenerator.GetBytes(bytes);
        File.WriteAllBytes(path, content);
        return content;
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>An upload grant source from a function (the platform's side, in process).</summary>
    public sealed class DelegateGrantSource(Func<UploadGrant> issue) : IUploadGrantSource
    {
        public ValueTask<UploadGrant> GetGrantAsync(CancellationToken cancellationToken) => ValueTask.FromResult(issue());
    }
}
