namespace Platform.SerialEm.Errors;

/// <summary>Base of every error raised while talking to SerialEM (or the simulator) over the socket protocol.</summary>
public abstract class SerialEmException : Exception
{
    protected SerialEmException(string message)
        : base(message)
    {
    }

    protected SerialEmException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
