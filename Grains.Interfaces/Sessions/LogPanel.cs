namespace Platform.Grains.Sessions;

/// <summary>
/// The log panels: the run page's three (SmartScope: queue, acquisition, processing) and one per streaming track
/// (nextPYP's track Logs: transfer, pre-processing, 2D classification).
/// </summary>
public enum LogPanel
{
    Queue,
    Acquisition,
    Processing,
    Transfer,
    Preprocessing,
    Classification2D,
}
