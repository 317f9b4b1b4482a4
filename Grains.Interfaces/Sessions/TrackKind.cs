namespace Platform.Grains.Sessions;

/// <summary>The streaming tracks of a session (nextPYP): transfer is the main track, the others are sub-tracks.</summary>
public enum TrackKind
{
    Transfer,
    Preprocessing,
    Classification2D,
}
