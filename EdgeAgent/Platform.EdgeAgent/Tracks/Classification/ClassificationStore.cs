using System.Buffers.Binary;
using System.Text.Json;
using Platform.Processing.Classification;

namespace Platform.EdgeAgent.Tracks.Classification;

/// <summary>
/// The track's durable state in its folder: one file holding the bookkeeping (JSON) and the classifier model, replaced
/// atomically after every update (written to a temporary file, flushed to disk, then renamed over the old one), so a crash
/// leaves either the previous state or the new one, never a mix: micrographs are "done" exactly when their particles are in the model.
/// </summary>
public sealed class ClassificationStore(string folder)
{
    public const string FileName = "classification-state.bin";

    private static readonly byte[] _magic = "CT2D"u8.ToArray();

    public string Folder { get; } = folder;

    public string StatePath => Path.Combine(Folder, FileName);

    /// <summary>The saved state, or null when there is none.</summary>
    /// <exception cref="ClassifierStateException">The file is damaged or was written for other settings than it claims.</exception>
    public (ClassificationProgress Progress, StreamingClassifier2D Classifier)? Load(Func<ClassificationProgress, Classification2DSettings> settingsOf)
    {
        ArgumentNullException.ThrowIfNull(settingsOf);
        if (!File.Exists(StatePath))
        {
            return null;
        }

        using var stream = File.OpenRead(StatePath);
        Span<byte> head = stackalloc byte[8];
        if (stream.ReadAtLeast(head, 8, throwOnEndOfStream: false) != 8 || !head[..4].SequenceEqual(_magic))
        {
            throw new ClassifierStateException($"{StatePath} is not a classification state file.");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(head[4..]);
        if (length <= 0 || length > stream.Length - 8)
        {
            throw new ClassifierStateException($"{StatePath} is truncated.");
        }

        var json = new byte[length];
        stream.ReadExactly(json);
        ClassificationProgress progress;
        try
        {
            progress = JsonSerializer.Deserialize<ClassificationProgress>(json)
                ?? throw new ClassifierStateException($"{StatePath} holds no bookkeeping.");
        }
        catch (JsonException bad)
        {
            throw new ClassifierStateException($"{StatePath} holds unreadable bookkeeping: {bad.Message}");
        }

        return (progress, StreamingClassifier2D.Load(stream, progress.BoxPixels, settingsOf(progress)));
    }

    /// <summary>Replaces the saved state atomically and durably.</summary>
    public void Save(ClassificationProgress progress, StreamingClassifier2D classifier)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(classifier);
        Directory.CreateDirectory(Folder);
        var temporary = StatePath + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(progress);
            Span<byte> head = stackalloc byte[8];
            _magic.CopyTo(head);
            BinaryPrimitives.WriteInt32LittleEndian(head[4..], json.Length);
            stream.Write(head);
            stream.Write(json);
            classifier.Save(stream);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, StatePath, overwrite: true);
    }

    /// <summary>Deletes everything the track keeps (only its own folder's contents).</summary>
    public void Clear()
    {
        if (Directory.Exists(Folder))
        {
            foreach (var entry in new DirectoryInfo(Folder).EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo directory)
                {
                    directory.Delete(recursive: true);
                }
                else
                {
                    entry.Delete();
                }
            }
        }
    }
}
