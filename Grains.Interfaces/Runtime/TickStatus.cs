namespace Platform.Runtime;

/// <summary>What a reminder tick knows: when it was due, its period (null for one-shot), and the time it was delivered.</summary>
public sealed record TickStatus(DateTimeOffset DueAtUtc, TimeSpan? Period, DateTimeOffset CurrentTimeUtc);
