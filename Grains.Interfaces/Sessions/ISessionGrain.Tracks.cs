using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>
/// Track control (nextPYP's Start / Stop / Restart / Clear) and the agent's track status reports. Each control writes a track
/// command to the microscope's agent command stream in the same transaction as the state change; a control the track's
/// state does not allow throws <c>InvalidStateException</c> and changes nothing.
/// </summary>
public partial interface ISessionGrain
{
    /// <summary>Starts a track that is not running (not running, finished or in error).</summary>
    Task<SessionView> StartTrackAsync(TrackKind track, string requestedByUserId);

    /// <summary>Stops a running track; its progress on the agent is kept.</summary>
    Task<SessionView> StopTrackAsync(TrackKind track, string requestedByUserId);

    /// <summary>Forgets a stopped track's progress and outputs on the agent; refused while the track is active.</summary>
    Task<SessionView> ClearTrackAsync(TrackKind track, string requestedByUserId);

    /// <summary>
    /// Applies an agent's track status: the report with the latest <paramref name="occurredAtUtc"/> wins (an older one is
    /// acknowledged and changes nothing); false when <paramref name="reportKey"/> was applied before.
    /// </summary>
    Task<bool> ApplyTrackStatusReportAsync(TrackKind track, TrackState state, TrackCounters progress, string? message, DateTimeOffset occurredAtUtc, string reportKey);

    /// <summary>The last <paramref name="last"/> lines (at most <see cref="TrackLogLine.KeptPerTrack"/>) of a track's log panel, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<TrackLogLine>> GetTrackLogAsync(TrackKind track, int last);
}
