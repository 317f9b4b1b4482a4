namespace Platform.AgentLink.Contracts;

/// <summary>
/// A track's counters: items (movies, micrographs, particles — the track says which) done, waiting and failed, bytes moved
/// (transfer only, else 0) and the recent rates; a rate is null until there is enough to measure it.
/// </summary>
public sealed record TrackProgress(
    long ItemsDone,
    long ItemsPending,
    long ItemsFailed,
    long BytesDone,
    double? ItemsPerHour,
    double? BytesPerSecond)
{
    /// <summary>Nothing done, nothing waiting.</summary>
    public static TrackProgress None { get; } = new(0, 0, 0, 0, null, null);
}
