namespace Platform.Blobs.Store;

/// <summary>What a store knows about a committed blob: its length and its metadata (e.g. the whole-file SHA-256).</summary>
public sealed record BlobProperties(long LengthBytes, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>Metadata name under which uploads record the whole file's SHA-256 (lower-case hex).</summary>
    public const string Sha256MetadataName = "sha256";

    /// <summary>The whole-file SHA-256 recorded at upload, or null when the blob has none.</summary>
    public string? Sha256 => Metadata.TryGetValue(Sha256MetadataName, out var value) ? value : null;
}
