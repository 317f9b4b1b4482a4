namespace Platform.Grains.Exports;

/// <summary>Export job keys (<c>sessionId/exportId</c>) and where each attempt writes its STAR file among the session's files.</summary>
public static class ExportJobKeys
{
    /// <summary>Runs of one job before it fails for good (a run is retried only when a Silo restart interrupted it).</summary>
    public const int MaxAttempts = 3;

    public static string For(string sessionId, string exportId) => $"{sessionId}/{exportId}";

    /// <summary>The session of a job key.</summary>
    public static string SessionOf(string key) => key[..key.LastIndexOf('/')];

    /// <summary>
    /// The folder holding a job's output and nothing else: an attempt deletes it before writing, so whatever an interrupted
    /// attempt left (a file committed just before the kill) is gone, and every attempt writes the same <see cref="OutputPath"/>.
    /// </summary>
    public static string OutputFolder(string key) => $"exports/{IdOf(key)}/";

    /// <summary>The job's STAR file; one path for every attempt (session files are written once, hence the folder cleared first).</summary>
    public static string OutputPath(string key) => $"{OutputFolder(key)}{IdOf(key)}.star";

    private static string IdOf(string key) => key[(key.LastIndexOf('/') + 1)..];
}
