using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>
/// One track's status: its state, whether saved settings wait for a restart, and what the agent last reported — counters,
/// message and the report's time (<see cref="ReportedAtUtc"/>; a report older than it changes nothing).
/// </summary>
[Immutable]
public sealed record TrackStatus(TrackKind Track, TrackState State, bool SettingsPending, DateTimeOffset? ChangedAtUtc)
{
    public TrackCounters Progress { get; init; } = TrackCounters.None;

    /// <summary>The agent's explanation of an error or a wait, or the platform's of the last control action.</summary>
    public string? Message { get; init; }

    /// <summary>When the agent observed the status it last reported (its report's OccurredAtUtc); null before any report.</summary>
    public DateTimeOffset? ReportedAtUtc { get; init; }

    /// <summary>True while the track works or is asked to: starting, running, waiting or stopping.</summary>
    public bool IsActive => State is TrackState.Starting or TrackState.Running or TrackState.Waiting or TrackState.Stopping;
}
