namespace Platform.Transfer.Watching;

/// <summary>Which folder the transfer track watches, which files it takes, and when a file counts as complete.</summary>
/// <param name="FolderPath">The frames folder; its subfolders are watched too.</param>
public sealed record WatchOptions(string FolderPath)
{
    /// <summary>Movies (TIFF, MRC, EER) and the images the workflow writes (PNG, JPEG, JSON sidecars); compared case-insensitively.</summary>
    public IReadOnlySet<string> Extensions { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".tif", ".tiff", ".mrc", ".mrcs", ".eer", ".png", ".jpg", ".jpeg", ".json",
    };

    /// <summary>A file is complete once its size and modification time have not changed for this long (and no one has it open for writing).</summary>
    public TimeSpan StableFor { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Time between scans of the folder.</summary>
    public TimeSpan ScanInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>True for names the track takes: a listed extension, and not hidden or a partial download.</summary>
    public bool Takes(string fileName) =>
        !fileName.StartsWith('.') && Extensions.Contains(Path.GetExtension(fileName));
}
