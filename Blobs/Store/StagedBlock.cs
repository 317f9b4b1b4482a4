namespace Platform.Blobs.Store;

/// <summary>A block staged for a blob but not yet committed: its id and size.</summary>
public sealed record StagedBlock(string BlockId, long SizeBytes);
