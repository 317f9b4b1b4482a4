using Platform.Transfer.Queue;

namespace Platform.Transfer.Track;

/// <summary>What the transfer track is doing: its state, why, the queue's counts, and the file being sent.</summary>
/// <param name="State">The track's state.</param>
/// <param name="Message">Why it is in that state (the error for <see cref="TrackState.Error"/>), or null.</param>
/// <param name="Counts">Files per state in the queue.</param>
/// <param name="CurrentBlobName">The file being sent, or null.</param>
/// <param name="LastBytesPerSecond">Throughput of the last completed file, or 0.</param>
public sealed record TrackStatus(TrackState State, string? Message, QueueCounts Counts, string? CurrentBlobName, double LastBytesPerSecond);
