namespace Platform.Transfer.Track;

/// <summary>The state of a long-running agent track (DESIGN.md §6, the nextPYP track model).</summary>
public enum TrackState
{
    /// <summary>Never started, or stopped.</summary>
    NotRunning,

    /// <summary>Running with nothing to do: watching for files, or waiting for a retry to come due.</summary>
    Waiting,

    /// <summary>Start requested; opening up.</summary>
    Starting,

    /// <summary>Sending a file.</summary>
    Running,

    /// <summary>Stop requested; the current upload is being interrupted (it resumes on the next start).</summary>
    Stopping,

    /// <summary>Asked to finish: everything found was sent (or left in error) and the track ended.</summary>
    Finished,

    /// <summary>The track stopped on a failure it cannot get past alone (queue disk full, folder missing); see the message.</summary>
    Error,
}
