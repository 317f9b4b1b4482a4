namespace Platform.EdgeAgent.Tracks.Classification;

/// <summary>One pre-processed micrograph the classification track can read: its name, aligned dose-weighted sum and picks file.</summary>
public sealed record PreprocessedMicrograph(string Name, string SumPath, string PicksPath, DateTime PicksWrittenAtUtc)
{
    public const string SumSuffix = "_sum_dw.mrc";

    public const string PicksSuffix = "_picks.star";

    /// <summary>
    /// The micrographs of the pre-processing folder that are ready (picks file and sum both present, the picks file written at
    /// least <paramref name="settle"/> before <paramref name="nowUtc"/>; the pipeline writes it last) and not in
    /// <paramref name="seen"/>, oldest picks file first (ties by name), so micrographs are taken in the order they were processed.
    /// </summary>
    public static IReadOnlyList<PreprocessedMicrograph> Ready(string folder, IReadOnlySet<string> seen, DateTimeOffset nowUtc, TimeSpan settle)
    {
        ArgumentNullException.ThrowIfNull(seen);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var ready = new List<PreprocessedMicrograph>();
        foreach (var picks in new DirectoryInfo(folder).EnumerateFiles("*" + PicksSuffix))
        {
            var name = picks.Name[..^PicksSuffix.Length];
            var sum = Path.Combine(folder, name + SumSuffix);
            if (name.Length == 0 || seen.Contains(name) || !File.Exists(sum) || picks.LastWriteTimeUtc > (nowUtc - settle).UtcDateTime)
            {
                continue;
            }

            ready.Add(new PreprocessedMicrograph(name, sum, picks.FullName, picks.LastWriteTimeUtc));
        }

        return [.. ready.OrderBy(m => m.PicksWrittenAtUtc).ThenBy(m => m.Name, StringComparer.Ordinal)];
    }
}
