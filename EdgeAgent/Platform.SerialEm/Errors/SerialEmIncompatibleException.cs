namespace Platform.SerialEm.Errors;

/// <summary>The connected SerialEM is too old for this client's command table (its command count is below the indices we send).</summary>
public sealed class SerialEmIncompatibleException : SerialEmException
{
    public SerialEmIncompatibleException(string reason, Exception? innerException = null)
        : base(reason, innerException)
    {
    }
}
