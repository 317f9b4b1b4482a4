using Platform.Transfer.Queue;

namespace Platform.Transfer.Watching;

/// <summary>
/// Finds complete files in the frames folder and its subfolders by scanning: a file is ready when its size
/// and modification time have been unchanged for <see cref="WatchOptions.StableFor"/> and no process has it
/// open for writing. Scanning (not change notifications) because notifications are lossy on network shares
/// and overflow at hundreds of movies an hour; a scan of one folder tree is cheap.
/// </summary>
/// <remarks>Only reads metadata and opens files read-only; never writes, renames or deletes. Not thread safe: one caller scans.</remarks>
public sealed class FolderWatcher(WatchOptions options, TimeProvider timeProvider)
{
    private readonly Dictionary<string, Observation> _seen = new(StringComparer.Ordinal);

    /// <summary>Files that became ready since the previous scan (again, if a file changed after it was reported).</summary>
    /// <exception cref="DirectoryNotFoundException">The watched folder does not exist.</exception>
    public IReadOnlyList<ReadyFile> Scan()
    {
        var root = Path.GetFullPath(options.FolderPath);
        if (!Directory.Exists(root))
        {
            return options.MayBeMissing ? [] : throw new DirectoryNotFoundException($"The watched folder '{root}' does not exist.");
        }

        var now = timeProvider.GetTimestamp();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var settled = new List<(string Path, Observation Seen)>();
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        foreach (var path in Directory.EnumerateFiles(root, "*", enumeration))
        {
            if (!options.Takes(Path.GetFileName(path)))
            {
                continue;
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                continue;
            }

            present.Add(path);
            var size = info.Length;
            var modified = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
            if (!_seen.TryGetValue(path, out var seen) || seen.SizeBytes != size || seen.ModifiedAt != modified)
            {
                _seen[path] = new Observation(size, modified, now, Reported: false);
                continue;
            }

            if (!seen.Reported && timeProvider.GetElapsedTime(seen.StableSince, now) >= options.StableFor)
            {
                settled.Add((path, seen));
            }
        }

        foreach (var gone in _seen.Keys.Where(path => !present.Contains(path)).ToList())
        {
            _seen.Remove(gone);
        }

        var busy = WriterDetector.OpenForWriting(settled.Select(file => file.Path).ToList());
        var ready = new List<ReadyFile>();
        foreach (var (path, seen) in settled.Where(file => !busy.Contains(file.Path)))
        {
            _seen[path] = seen with { Reported = true };
            ready.Add(new ReadyFile(path, options.BlobPrefix + (options.Flatten ? Path.GetFileName(path) : BlobNameOf(root, path)), seen.SizeBytes, seen.ModifiedAt));
        }

        return ready;
    }

    /// <summary>Files seen but not yet reported ready (still growing, or open for writing).</summary>
    public int Unsettled => _seen.Values.Count(seen => !seen.Reported);

    private static string BlobNameOf(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    private sealed record Observation(long SizeBytes, DateTimeOffset ModifiedAt, long StableSince, bool Reported);
}
