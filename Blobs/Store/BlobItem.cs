using Platform.Blobs.Keys;

namespace Platform.Blobs.Store;

/// <summary>One entry of a listing: a committed blob's key and length.</summary>
public sealed record BlobItem(BlobKey Key, long LengthBytes);
