namespace Platform.MicroscopeSimulator.Faults;

/// <summary>What the simulator does instead of (or on top of) a normal reply.</summary>
public enum FaultKind
{
    /// <summary>Reply errorOccurred = 1 with the fault's message (the command does not run).</summary>
    CommandError,

    /// <summary>Run half the command's delay, then reply errorOccurred = −234561 as if the user pressed STOP.</summary>
    UserStop,

    /// <summary>Run the command, then close the connection without replying.</summary>
    DropConnection,

    /// <summary>Wait the fault's delay before running the command.</summary>
    SlowReply,

    /// <summary>Reply [8][−9]: SerialEM is busy.</summary>
    Busy,

    /// <summary>Reply a packet whose byte count disagrees with its array length.</summary>
    MalformedReply,

    /// <summary>Reply a byte count of int.MaxValue, then nothing.</summary>
    OversizedLength,
}
