namespace Platform.Runtime.Indexing;

/// <summary>One time bucket of a series: its start (UTC), how many rows fell in it, and the mean of the value column (null when all were null).</summary>
public sealed record IndexSeriesPoint(DateTimeOffset BucketStartUtc, long Count, double? Mean);
