namespace Platform.Storage;

/// <summary>
/// Commit notifications from every node. Delivery is best effort and may be late (a dropped LISTEN
/// connection is re-established); correctness never depends on it: ETags catch stale writes, and stream
/// subscribers re-read from their last sequence. Handlers run on a background thread and must not block.
/// </summary>
public interface IStorageNotifications
{
    IDisposable Subscribe(Action<StorageNotification> handler);
}
