using System.Text.Json;

namespace Platform.EdgeAgent.Tracks;

/// <summary>
/// The tracks to resume after an agent restart, in one JSON file. Each change replaces the file atomically (written beside it,
/// flushed to disk, then renamed over it), so a crash leaves either the old list or the new one, never a torn file.
/// </summary>
public sealed class RunningTrackFile(string path)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public string Path { get; } = path;

    /// <summary>The persisted list; empty when there is no file yet. A corrupt file throws <see cref="InvalidDataException"/> naming it.</summary>
    public IReadOnlyList<RunningTrack> Read()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<RunningTrack>>(File.ReadAllText(Path), _json) ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The agent's running-track list '{Path}' is corrupt ({e.Message}); delete it to start with no tracks running.", e);
        }
    }

    public void Write(IReadOnlyList<RunningTrack> tracks)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var temporary = Path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(file, tracks, _json);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path, overwrite: true);
    }
}
