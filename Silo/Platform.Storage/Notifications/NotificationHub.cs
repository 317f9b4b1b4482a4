using System.Threading.Channels;

namespace Platform.Storage.Notifications;

/// <summary>
/// Fans committed-change notifications out to in-process subscribers, in publish order, on one background
/// loop so a slow or throwing handler never stalls a write.
/// </summary>
internal sealed class NotificationHub : IStorageNotifications, IAsyncDisposable
{
    private readonly Channel<StorageNotification> _queue = Channel.CreateUnbounded<StorageNotification>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly Task _loop;
    private ImmutableHandlers _handlers = new([]);

    public NotificationHub()
    {
        _loop = Task.Run(DeliverAsync);
    }

    /// <summary>Handler exceptions are reported here (and never stop delivery to other handlers).</summary>
    public event Action<Exception>? HandlerFailed;

    public IDisposable Subscribe(Action<StorageNotification> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate)
        {
            _handlers = new([.. _handlers.Items, handler]);
        }

        return new Subscription(this, handler);
    }

    public void Publish(StorageNotification notification) => _queue.Writer.TryWrite(notification);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task DeliverAsync()
    {
        await foreach (var notification in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            foreach (var handler in Volatile.Read(ref _handlers).Items)
            {
                try
                {
                    handler(notification);
                }
                catch (Exception exception)
                {
                    HandlerFailed?.Invoke(exception);
                }
            }
        }
    }

    private void Remove(Action<StorageNotification> handler)
    {
        lock (_gate)
        {
            _handlers = new([.. _handlers.Items.Where(h => h != handler)]);
        }
    }

    private sealed record ImmutableHandlers(Action<StorageNotification>[] Items);

    private sealed class Subscription(NotificationHub hub, Action<StorageNotification> handler) : IDisposable
    {
        public void Dispose() => hub.Remove(handler);
    }
}
