namespace Platform.Transfer.Queue;

/// <summary>The disk holding the transfer queue is full: the change was rolled back and everything queued before is intact.</summary>
public sealed class TransferQueueFullException(string path, string message, int resultCode)
    : TransferQueueException(path, message, resultCode);
