namespace Platform.SerialEm.Errors;

/// <summary>A script command failed inside SerialEM (errorOccurred = 1); external control stays active and the caller may go on.</summary>
public sealed class SerialEmCommandException : SerialEmException
{
    public SerialEmCommandException(string command, string serialEmMessage)
        : base($"SerialEM command {command} failed: {serialEmMessage}")
    {
        Command = command;
        SerialEmMessage = serialEmMessage;
    }

    /// <summary>The script command that failed.</summary>
    public string Command { get; }

    /// <summary>SerialEM's own error text (string value 0 of the reply).</summary>
    public string SerialEmMessage { get; }
}
