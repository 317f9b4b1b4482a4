namespace Platform.SerialEm.Errors;

/// <summary>SerialEM refused to start external control because it is busy (OKtoRun answered false, or return code −9).</summary>
public sealed class SerialEmBusyException : SerialEmException
{
    public SerialEmBusyException(string reason)
        : base(reason)
    {
    }
}
