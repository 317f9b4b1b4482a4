namespace Platform.SerialEm.Errors;

/// <summary>The command ended SerialEM's external control through a normal script exit (errorOccurred −123456), as <c>Exit</c>/<c>Exit(0)</c> does.</summary>
public sealed class SerialEmExitedException : SerialEmException
{
    public SerialEmExitedException(string command)
        : base($"SerialEM external script exited normally during {command}.")
    {
        Command = command;
    }

    public string Command { get; }
}
