namespace Platform.Grains.Sessions;

/// <summary>The three log panels of the run page (SmartScope): queue, acquisition, processing.</summary>
public enum LogPanel
{
    Queue,
    Acquisition,
    Processing,
}
