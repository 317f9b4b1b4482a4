namespace Platform.AgentLink.Contracts;

/// <summary>What the platform asks of one track: nextPYP's Start / Stop / Restart (pending settings become current) / Clear.</summary>
public enum TrackAction
{
    Start,
    Stop,
    Restart,

    /// <summary>Forget the track's local progress and outputs (never the source movies) so that a later start redoes every item.</summary>
    Clear,
}
