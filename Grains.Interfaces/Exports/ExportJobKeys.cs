using System.Globalization;

namespace Platform.Grains.Exports;

/// <summary>Export job keys (<c>sessionId/exportId</c>) and where each attempt writes its STAR file among the session's files.</summary>
public static class ExportJobKeys
{
    /// <summary>Runs of one job before it fails for good (a run is retried only when a Silo restart interrupted it).</summary>
    public const int MaxAttempts = 3;

    public static string For(string sessionId, string exportId) => $"{sessionId}/{exportId}";

    /// <summary>The session of a job key.</summary>
    public static string SessionOf(string key) => key[..key.LastIndexOf('/')];

    /// <summary>The output of one attempt: every attempt writes a fresh file, since session files are written once.</summary>
    public static string OutputPath(string key, int attempt) =>
        $"exports/{key[(key.LastIndexOf('/') + 1)..]}-{attempt.ToString(CultureInfo.InvariantCulture)}.star";
}
