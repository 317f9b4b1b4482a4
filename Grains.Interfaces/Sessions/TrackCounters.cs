using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>
/// A track's counters as its agent reports them: items (movies, micrographs, particles) done, waiting and failed, bytes moved
/// (transfer only) and the recent rates, null until the agent has enough to measure them.
/// </summary>
[Immutable]
public sealed record TrackCounters(long ItemsDone, long ItemsPending, long ItemsFailed, long BytesDone, double? ItemsPerHour, double? BytesPerSecond)
{
    /// <summary>Nothing done, nothing waiting.</summary>
    public static TrackCounters None { get; } = new(0, 0, 0, 0, null, null);
}
