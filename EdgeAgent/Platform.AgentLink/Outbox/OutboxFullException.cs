namespace Platform.AgentLink.Outbox;

/// <summary>The disk (or the outbox's size limit) is full: the report was NOT stored; free space and enqueue it again.</summary>
public sealed class OutboxFullException(string message, int resultCode) : LinkStorageException(message, resultCode);
