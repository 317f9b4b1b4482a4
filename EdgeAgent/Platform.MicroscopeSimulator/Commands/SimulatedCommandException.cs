namespace Platform.MicroscopeSimulator.Commands;

/// <summary>A simulated command failed; the server answers errorOccurred = 1 with this message, as SerialEM does.</summary>
public sealed class SimulatedCommandException : Exception
{
    public SimulatedCommandException(string message)
        : base(message)
    {
    }
}
