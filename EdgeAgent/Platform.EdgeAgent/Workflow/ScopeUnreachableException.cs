namespace Platform.EdgeAgent.Workflow;

/// <summary>SerialEM could not be reached again after a dropped connection, within the reconnect attempts: the run ends in error.</summary>
public sealed class ScopeUnreachableException : Exception
{
    public ScopeUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
