using System.Text.Json;

namespace Platform.EdgeAgent.Tracks.Preprocessing;

/// <summary>
/// The pre-processing track's durable progress: one small JSON record per movie in <c>results/</c> of the track's folder,
/// written to a temporary file, flushed to disk and renamed over the final name, so a record is either whole or absent.
/// A movie with a <c>done</c> record is skipped after a restart; one without (killed mid-way) is processed again and
/// overwrites its partial outputs. A failed movie is retried only when its size or modification time changed.
/// </summary>
public sealed class PreprocessedMovies(string trackFolder)
{
    private static readonly JsonSerializerOptions _json = new() { WriteIndented = false };

    private string ResultsFolder => Path.Combine(trackFolder, "results");

    /// <summary>The recorded outcome of <paramref name="name"/>, or null when it has none (or the record is unreadable).</summary>
    public MovieRecord? Find(string name)
    {
        var path = PathOf(name);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<MovieRecord>(File.ReadAllBytes(path), _json) : null;
        }
        catch (JsonException)
        {
            // A record is renamed into place whole, so this is damage from outside: treat the movie as not done.
            return null;
        }
    }

    /// <summary>True when the movie needs (re)processing: no record, or a failure of an earlier version of the file.</summary>
    public bool NeedsWork(string name, long sizeBytes, DateTimeOffset modifiedAt) => Find(name) switch
    {
        null => true,
        { Succeeded: true } => false,
        { } failed => failed.SizeBytes != sizeBytes || failed.ModifiedAtUtc != modifiedAt,
    };

    /// <summary>Durably records the outcome of one movie (atomic replace; flushed before the rename).</summary>
    public void Record(MovieRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Directory.CreateDirectory(ResultsFolder);
        var final = PathOf(record.Name);
        var temporary = final + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, record, _json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, final, overwrite: true);
    }

    /// <summary>Counts of succeeded and failed movies on disk.</summary>
    public (int Done, int Failed) Counts()
    {
        if (!Directory.Exists(ResultsFolder))
        {
            return (0, 0);
        }

        var (done, failed) = (0, 0);
        foreach (var file in Directory.EnumerateFiles(ResultsFolder, "*.json"))
        {
            if (Find(Path.GetFileNameWithoutExtension(file)) is { } record)
            {
                (done, failed) = record.Succeeded ? (done + 1, failed) : (done, failed + 1);
            }
        }

        return (done, failed);
    }

    private string PathOf(string name) => Path.Combine(ResultsFolder, name + ".json");
}
