namespace Platform.SerialEm.Protocol;

/// <summary>The errorOccurred word of a RegularCommand reply (reference §1.5, MacroProcessor.h).</summary>
public enum ScriptErrorCode
{
    None = 0,

    /// <summary>The command failed; string value 0 holds SerialEM's message.</summary>
    CommandFailed = 1,

    /// <summary>SCRIPT_NORMAL_EXIT: <c>Exit</c> or <c>Exit(0)</c> ended external control.</summary>
    NormalExit = -123456,

    /// <summary>SCRIPT_EXIT_NO_EXC: <c>Exit(n≠0)</c> ended external control without an error.</summary>
    ExitWithoutException = -654321,

    /// <summary>SCRIPT_USER_STOP: the user pressed STOP while the command ran.</summary>
    UserStop = -234561,
}
