namespace Platform.Grains.Sessions;

/// <summary>The operator's answer to the pause-between-grids prompt.</summary>
public enum PauseAnswer
{
    ContinueCurrentGrid,
    NextGrid,
}
