namespace Platform.AgentLink.Contracts;

/// <summary>The run page's log panels (SmartScope): queue, acquisition, processing.</summary>
public enum LogPanel
{
    Queue,
    Acquisition,
    Processing,
}
