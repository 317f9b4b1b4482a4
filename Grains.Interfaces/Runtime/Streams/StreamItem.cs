namespace Platform.Runtime.Streams;

/// <summary>One delivered stream event with its sequence number (1-based, gapless per stream) and commit time.</summary>
public sealed record StreamItem<T>(long Sequence, DateTimeOffset TimestampUtc, T Item);
