namespace Platform.Transfer.Watching;

/// <summary>
/// Finds which files some process has open for writing. Windows enforces share modes, so opening with
/// FileShare.Read fails while a writer holds the file; Linux does not (.NET only takes advisory locks and
/// native writers take none), so there the open file table in /proc is read: every /proc/PID/fd link
/// whose fdinfo flags include O_WRONLY or O_RDWR (proc(5)). Processes of other users are visible only to root.
/// </summary>
internal static class WriterDetector
{
    private const int AccessModeMask = 3; // O_ACCMODE: 0 read-only, 1 O_WRONLY, 2 O_RDWR

    /// <summary>The subset of <paramref name="candidates"/> (full paths) that cannot be read as finished.</summary>
    public static HashSet<string> OpenForWriting(IReadOnlyCollection<string> candidates)
    {
        var busy = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in candidates)
        {
            if (!CanOpenSharedForReading(path))
            {
                busy.Add(path);
            }
        }

        if (OperatingSystem.IsLinux() && candidates.Count > busy.Count)
        {
            busy.UnionWith(LinuxWriters(candidates.Where(path => !busy.Contains(path)).ToHashSet(StringComparer.Ordinal)));
        }

        return busy;
    }

    private static bool CanOpenSharedForReading(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static IEnumerable<string> LinuxWriters(HashSet<string> wanted)
    {
        var found = new List<string>();
        foreach (var process in SafeEnumerate("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), out _))
            {
                continue;
            }

            foreach (var descriptor in SafeEnumerate(Path.Combine(process, "fd")))
            {
                try
                {
                    var target = new FileInfo(descriptor).LinkTarget;
                    if (target is null || !wanted.Contains(target))
                    {
                        continue;
                    }

                    var info = File.ReadAllLines(Path.Combine(process, "fdinfo", Path.GetFileName(descriptor)));
                    var flags = info.FirstOrDefault(line => line.StartsWith("flags:", StringComparison.Ordinal));
                    if (flags is not null && (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & AccessModeMask) != 0)
                    {
                        found.Add(target);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
                {
                    // The process or descriptor went away while we looked, or is not ours to see.
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> SafeEnumerate(string directory)
    {
        try
        {
            return Directory.GetFileSystemEntries(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
