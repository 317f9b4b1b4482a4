namespace Platform.EdgeAgent.Journal;

/// <summary>The local run journal cannot be opened, read or written (corrupt file, full disk, permissions): the run must not go on blind.</summary>
public sealed class JournalException : Exception
{
    public JournalException(string message)
        : base(message)
    {
    }

    public JournalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
