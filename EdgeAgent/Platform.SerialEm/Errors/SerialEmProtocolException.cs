using Platform.SerialEm.Protocol;

namespace Platform.SerialEm.Errors;

/// <summary>A malformed or unexpected packet, or a protocol-level error code (−1, −2, −4, −5, −6) from the other side.</summary>
public sealed class SerialEmProtocolException : SerialEmException
{
    public SerialEmProtocolException(string reason, ProtocolReturnCode? returnCode = null)
        : base(reason)
    {
        Reason = reason;
        ReturnCode = returnCode;
    }

    /// <summary>What was wrong with the packet.</summary>
    public string Reason { get; }

    /// <summary>The negative return code received (or to send back, on the server side), when there is one.</summary>
    public ProtocolReturnCode? ReturnCode { get; }
}
