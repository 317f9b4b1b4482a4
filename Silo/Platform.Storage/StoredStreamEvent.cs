namespace Platform.Storage;

/// <summary>
/// One durable stream event. <see cref="Sequence"/> starts at 1 for each stream key and has no gaps,
/// so a subscriber that saw sequence n resumes with n + 1.
/// </summary>
public sealed record StoredStreamEvent(string Namespace, string Key, long Sequence, DateTimeOffset TimestampUtc, ReadOnlyMemory<byte> Payload);
