namespace Platform.AgentLink.Contracts;

/// <summary>The agent's streaming tracks (nextPYP's track model): transfer is the main track, the others are sub-tracks.</summary>
public enum TrackKind
{
    Transfer,
    Preprocessing,
    Classification2D,
}
