namespace Platform.Transfer.Queue;

/// <summary>A file whose blob name was already taken in the queue by a different file or different content.</summary>
/// <param name="BlobName">The contested name.</param>
/// <param name="SourcePath">The newcomer's path.</param>
/// <param name="SizeBytes">The newcomer's size.</param>
/// <param name="ModifiedAt">The newcomer's last-write time.</param>
/// <param name="Existing">The queue entry that holds the name.</param>
public sealed record DuplicateFile(string BlobName, string SourcePath, long SizeBytes, DateTimeOffset ModifiedAt, TransferItem Existing);
