namespace Platform.Transfer.Queue;

/// <summary>A source file found complete: where it is, its name in storage, and its size and modification time at that moment.</summary>
public sealed record ReadyFile(string SourcePath, string BlobName, long SizeBytes, DateTimeOffset ModifiedAt);
