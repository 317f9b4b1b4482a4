namespace Platform.Blobs.Store;

/// <summary>One page of a listing; pass <see cref="ContinuationToken"/> back to get the next page (null: no more).</summary>
public sealed record BlobPage(IReadOnlyList<BlobItem> Items, string? ContinuationToken);
