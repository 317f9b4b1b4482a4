namespace Platform.SerialEm.Errors;

/// <summary>No reply within the command's time limit; the connection was closed, which makes SerialEM abort the external script.</summary>
public sealed class SerialEmTimeoutException : SerialEmException
{
    public SerialEmTimeoutException(string command, TimeSpan timeout)
        : base($"SerialEM did not answer {command} within {timeout.TotalSeconds:0.###} s; the connection was closed.")
    {
        Command = command;
        Timeout = timeout;
    }

    public string Command { get; }

    public TimeSpan Timeout { get; }
}
