using Platform.Grains.Grids;
using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>
/// A screening/collection session, keyed by session id: its setup, autoloader grids, run state machine,
/// streaming tracks and data retention. Every change is published on <c>session-events/&lt;id&gt;</c>.
/// </summary>
public partial interface ISessionGrain : IGrainWithStringKey
{
    Task<SessionView> CreateAsync(CreateSessionRequest request);

    /// <summary>The view of the stored state (a pure function of it: repeated reads are answered from the last one until a change).</summary>
    [ReadOnly]
    [CachedRead]
    Task<SessionView> GetAsync();

    /// <summary>Edits the setup; processing settings changed while a track runs become pending.</summary>
    Task<SessionView> UpdateSetupAsync(SessionSetup setup);

    Task<GridView> AddGridAsync(GridSetup grid);

    Task<GridView> UpdateGridAsync(int position, GridSetup grid);

    Task<SessionView> RemoveGridAsync(int position);

    // Run control (SmartScope's run page).
    Task<SessionView> StartAsync(string requestedByUserId);

    /// <summary>Soft stop: the current acquisition finishes, the run stops when it asks for the next target.</summary>
    Task<SessionView> StopAsync(string requestedByUserId);

    Task<SessionView> SetPauseBetweenGridsAsync(bool enabled);

    Task<SessionView> AnswerPausePromptAsync(PauseAnswer answer);

    /// <summary>Staff override: restart a run whose state was not cleaned up.</summary>
    Task<SessionView> ForceStartAsync(string staffUserId);

    /// <summary>Staff emergency stop: the run is stopped at once and the scope lock released.</summary>
    Task<SessionView> ForceKillAsync(string staffUserId);

    /// <summary>
    /// Staff removed the microscope's run lock this session held: an active run is stopped on the agent (force kill) and the
    /// session moves to stopped with a notification, so no run ever goes on without the lock.
    /// </summary>
    Task<SessionView> ScopeLockRemovedAsync(string staffUserId);

    /// <summary>The agent reports what the run did (running, paused at a grid boundary, stopped, completed, error).</summary>
    Task<SessionView> ReportRunStateAsync(SessionRunState state, string? message);

    Task<SessionView> ReportTrackStateAsync(TrackKind track, TrackState state);

    /// <summary>Restarts a track: pending settings become current.</summary>
    Task<SessionView> RestartTrackAsync(TrackKind track);

    Task AppendLogAsync(LogPanel panel, string message);

    /// <summary>Closes the session: its data now expires after the facility's retention period.</summary>
    Task<SessionView> EndAsync();

    Task<SessionView> ExtendRetentionAsync(int days, string staffUserId);

    /// <summary>Deletes the session, its grids and (with the blob store) its files. Refused while running.</summary>
    Task DeleteAsync();
}
