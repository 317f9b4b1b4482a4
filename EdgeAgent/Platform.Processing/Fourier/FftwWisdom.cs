namespace Platform.Processing.Fourier;

/// <summary>
/// Persists FFTW's wisdom (FFTW 3.3 manual §4.7) in a file so a restarted agent does not re-measure its transform sizes
/// (seconds per 4096² size): <see cref="UseFile"/> loads the file once and from then on every newly measured plan saves
/// the wisdom back, written to a temporary file and renamed over the old one so the file is always whole.
/// </summary>
public static class FftwWisdom
{
    private static readonly Lock _fileLock = new();
    private static string? _path;

    /// <summary>The wisdom file in use, or null.</summary>
    public static string? FilePath
    {
        get
        {
            lock (_fileLock)
            {
                return _path;
            }
        }
    }

    /// <summary>
    /// Uses <paramref name="path"/> for wisdom: imports it when it exists and returns whether FFTW accepted it (a missing,
    /// damaged or foreign file is not an error: the planner measures afresh and the file is rewritten after the next plan).
    /// </summary>
    /// <exception cref="FftwNotAvailableException">FFTW is not installed.</exception>
    public static bool UseFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        lock (_fileLock)
        {
            _path = full;
        }

        return File.Exists(full) && FftwPlanCache.Call(() => FftwNative.ImportWisdomFromFilename(full)) != 0;
    }

    /// <summary>Writes the wisdom accumulated so far to the file in use; false without one or when it could not be written.</summary>
    public static bool Save() => FilePath is { } path && FftwPlanCache.Call(() => Write(path));

    /// <summary>Called by the plan cache (holding the planner lock) after measuring a new plan.</summary>
    internal static void SaveAfterPlanning()
    {
        if (FilePath is { } path)
        {
            Write(path);
        }
    }

    /// <summary>Exports to a temporary file and renames it into place; the caller holds the planner lock (export is a planner call).</summary>
    private static bool Write(string path)
    {
        var temporary = path + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (FftwNative.ExportWisdomToFilename(temporary) == 0)
            {
                return false;
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Wisdom is an optimisation: an unwritable file costs a re-measurement after the next restart, nothing else.
            return false;
        }
    }
}
