namespace Platform.Transfer.Watching;

/// <summary>
/// Which folder the transfer track watches, which files it takes, where they go under the grant's prefix, and when a file counts
/// as complete. A track may watch several (the agent's: frames, the workflow's images, the pre-processing outputs).
/// </summary>
/// <param name="FolderPath">The watched folder; its subfolders are watched too.</param>
public sealed record WatchOptions(string FolderPath)
{
    /// <summary>Movies (TIFF, MRC, EER) and the images the workflow writes (PNG, JPEG, JSON sidecars); compared case-insensitively.</summary>
    public IReadOnlySet<string> Extensions { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".tif", ".tiff", ".mrc", ".mrcs", ".eer", ".png", ".jpg", ".jpeg", ".json",
    };

    /// <summary>Prepended to each file's name under the grant's prefix, e.g. <c>frames/</c>; "" keeps the relative path as it is.</summary>
    public string BlobPrefix { get; init; } = "";

    /// <summary>True: a file's name is its file name only (subfolders flattened); false: its path relative to the folder.</summary>
    public bool Flatten { get; init; }

    /// <summary>When set, only file names ending in one of these (case-insensitive) are taken, instead of <see cref="Extensions"/>.</summary>
    public IReadOnlyList<string>? NameSuffixes { get; init; }

    /// <summary>True: a missing folder is "nothing yet" (it appears when the run or another track creates it); false: an error.</summary>
    public bool MayBeMissing { get; init; }

    /// <summary>A file is complete once its size and modification time have not changed for this long (and no one has it open for writing).</summary>
    public TimeSpan StableFor { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Time between scans of the folder.</summary>
    public TimeSpan ScanInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>True for names the track takes: a listed extension, and not hidden or a partial download.</summary>
    public bool Takes(string fileName) =>
        !fileName.StartsWith('.') && (NameSuffixes is { } suffixes
            ? suffixes.Any(suffix => fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            : Extensions.Contains(Path.GetExtension(fileName)));
}
