namespace Platform.Grains.Sessions;

/// <summary>What a user (or the run) asks of one track, sent to the agent in a track command (nextPYP's Start / Stop / Restart / Clear).</summary>
public enum TrackAction
{
    Start,
    Stop,

    /// <summary>Stop if running, then start with the session's saved processing settings (pending settings become current).</summary>
    Restart,

    /// <summary>Forget the track's progress and outputs on the agent (never the source movies), so a later start redoes every item.</summary>
    Clear,
}
