namespace Platform.SerialEm.Errors;

/// <summary>The user pressed STOP in SerialEM: the running command was aborted (or the next one refused) and external control ended.</summary>
public sealed class SerialEmStoppedException : SerialEmException
{
    public SerialEmStoppedException(string command, bool duringCommand)
        : base(duringCommand
            ? $"SerialEM user STOP while {command} was running; external control ended."
            : $"SerialEM user STOP was pending; {command} was not run and external control ended.")
    {
        Command = command;
        DuringCommand = duringCommand;
    }

    /// <summary>The command that was aborted or refused.</summary>
    public string Command { get; }

    /// <summary>True when STOP interrupted this command (errorOccurred −234561); false when a pending STOP refused it (return code −10).</summary>
    public bool DuringCommand { get; }
}
