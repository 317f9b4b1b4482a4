namespace Platform.EdgeAgent.Tracks;

/// <summary>
/// What counts as a movie of a session, the same for every track: a file anywhere under the session's frames folder with a
/// movie extension (the workflow's atlases and montages go to the images folder, never here). Its micrograph name, under
/// which the transfer track's file report and the pre-processing track's results merge on the platform, is the file name
/// without extension.
/// </summary>
public static class MovieFiles
{
    /// <summary>The movie formats the pre-processing readers take (EER is not read yet: such movies are transferred and counted, not processed).</summary>
    public static readonly IReadOnlySet<string> Readable = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".tif", ".tiff", ".mrc", ".mrcs" };

    /// <summary>Movie formats SerialEM and the detectors' software write: the readable ones and Falcon EER.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(Readable, StringComparer.OrdinalIgnoreCase) { ".eer" };

    public static bool IsMovie(string path) => Extensions.Contains(Path.GetExtension(path));

    /// <summary>The micrograph name of a movie file: its file name without extension.</summary>
    public static string NameOf(string path) => Path.GetFileNameWithoutExtension(path);
}
