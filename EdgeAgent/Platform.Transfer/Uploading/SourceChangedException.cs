namespace Platform.Transfer.Uploading;

/// <summary>The source file's size or modification time differs from when it was queued: it was rewritten, so it is not sent.</summary>
public sealed class SourceChangedException(string path, string detail)
    : IOException($"The source file '{path}' changed since it was queued ({detail}); it is not sent. A file must be complete before it appears in the frames folder.")
{
    public string SourcePath { get; } = path;
}
