namespace Platform.SerialEm.Errors;

/// <summary>The TCP connection failed or closed during an exchange; says whether the command may already have run in SerialEM.</summary>
public sealed class SerialEmConnectionLostException : SerialEmException
{
    public SerialEmConnectionLostException(string command, bool commandMayHaveRun, Exception? innerException)
        : base(commandMayHaveRun
            ? $"Connection to SerialEM lost during {command}; the command may have run (it was not re-sent)."
            : $"Connection to SerialEM lost before {command} was sent.", innerException)
    {
        Command = command;
        CommandMayHaveRun = commandMayHaveRun;
    }

    public string Command { get; }

    /// <summary>True when the request had left this machine: the microscope may have moved or exposed.</summary>
    public bool CommandMayHaveRun { get; }
}
