namespace Platform.EdgeAgent.Workflow;

/// <summary>The autoloader could not put this grid on the stage (empty or invalid slot, cartridge did not arrive): the grid is in error.</summary>
public sealed class GridLoadException : Exception
{
    public GridLoadException(string message)
        : base(message)
    {
    }
}
