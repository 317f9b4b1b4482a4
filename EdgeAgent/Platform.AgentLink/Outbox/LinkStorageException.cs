namespace Platform.AgentLink.Outbox;

/// <summary>The agent's link database failed (I/O error, corrupt file); <see cref="ResultCode"/> is SQLite's.</summary>
public class LinkStorageException(string message, int resultCode) : Exception(message)
{
    public int ResultCode { get; } = resultCode;
}
