namespace Platform.SerialEm.Protocol;

/// <summary>The return code at offset 4 of every reply: 0 or a protocol-level error (reference §1.3, §1.6, §1.8).</summary>
public enum ProtocolReturnCode
{
    Ok = 0,

    /// <summary>Function code not in the server's table (SerialEM older than the client).</summary>
    UnknownFunction = -1,

    OutOfMemory = -2,

    /// <summary>N below 8 or below the fixed part of the call.</summary>
    PacketTooShort = -4,

    PacketTooLarge = -5,

    /// <summary>N not equal to the fixed part plus 4 × array length.</summary>
    LengthMismatch = -6,

    /// <summary>SerialEM was disconnected and is now busy; external control could not start.</summary>
    Busy = -9,

    /// <summary>The user pressed STOP in SerialEM while no command was running.</summary>
    UserStop = -10,
}
