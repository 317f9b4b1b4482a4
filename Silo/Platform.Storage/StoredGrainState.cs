namespace Platform.Storage;

/// <summary>A record as read from storage: its serialized payload (UTF-8 JSON) and its ETag.</summary>
public sealed record StoredGrainState(ReadOnlyMemory<byte> Payload, string ETag);
