using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Platform.Runtime.Streams;
using Platform.Silo.Runtime.Serialization;
using Platform.Storage;

namespace Platform.Silo.Runtime.Streams;

/// <summary>
/// Durable streams for this node. Events are appended to storage first; live subscribers are then
/// woken — directly for events committed here, through storage notifications (LISTEN/NOTIFY) for
/// events committed on other nodes. A subscriber tracks the next sequence it expects and reads any gap
/// from storage, so it sees every event exactly once and in order, whatever the notifications do.
/// </summary>
internal sealed class StreamHub : IStreamProvider, IDisposable
{
    private const int ReplayBatchSize = 256;

    private readonly IStreamStore _store;
    private readonly string _nodeId;
    private readonly ConcurrentDictionary<StreamId, StreamTopic> _topics = new();
    private readonly IDisposable _notifications;

    public StreamHub(IStorageProvider storage)
    {
        _store = storage.Streams;
        _nodeId = storage.NodeId;
        _notifications = storage.Notifications.Subscribe(OnNotification);
    }

    public StreamEvent CreateEvent<T>(StreamId stream, T item) => StreamEvent.Create(stream, item, GrainJson.Options);

    public async Task<long> PublishAsync<T>(StreamId stream, T item, CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(item, GrainJson.Options);
        var stored = await _store.AppendAsync([new StreamAppend(stream.Namespace, stream.Key, payload)], cancellationToken).ConfigureAwait(false);
        DeliverLocal(stored);
        return stored[^1].Sequence;
    }

    /// <summary>Wakes subscribers of events this node just committed.</summary>
    public void DeliverLocal(IReadOnlyList<StoredStreamEvent> events)
    {
        foreach (var stored in events)
        {
            if (_topics.TryGetValue(new StreamId(stored.Namespace, stored.Key), out var topic))
            {
                topic.Offer(stored);
            }
        }
    }

    public async IAsyncEnumerable<StreamItem<T>> SubscribeAsync<T>(StreamId stream, long? fromSequence, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Listen before reading, so nothing committed between the read and the listen is missed.
        var topic = _topics.GetOrAdd(stream, static _ => new StreamTopic());
        var listener = topic.Listen();
        try
        {
            var next = fromSequence ?? await _store.GetLastSequenceAsync(stream.Namespace, stream.Key, cancellationToken).ConfigureAwait(false) + 1;
            while (true)
            {
                var batch = await _store.ReadAsync(stream.Namespace, stream.Key, next, ReplayBatchSize, cancellationToken).ConfigureAwait(false);
                foreach (var stored in batch)
                {
                    yield return ToItem<T>(stored);
                    next = stored.Sequence + 1;
                }

                if (batch.Count < ReplayBatchSize)
                {
                    break;
                }
            }

            while (await listener.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var catchUp = false;
                while (listener.Reader.TryRead(out var signal))
                {
                    if (signal.Event is { } stored && stored.Sequence == next && !catchUp)
                    {
                        yield return ToItem<T>(stored);
                        next++;
                    }
                    else if (signal.LastSequence >= next)
                    {
                        catchUp = true;
                    }
                }

                while (catchUp)
                {
                    var batch = await _store.ReadAsync(stream.Namespace, stream.Key, next, ReplayBatchSize, cancellationToken).ConfigureAwait(false);
                    foreach (var stored in batch)
                    {
                        yield return ToItem<T>(stored);
                        next = stored.Sequence + 1;
                    }

                    catchUp = batch.Count == ReplayBatchSize;
                }
            }
        }
        finally
        {
            topic.Unlisten(listener);
        }
    }

    private void OnNotification(StorageNotification notification)
    {
        if (notification is StreamAppended appended && appended.OriginNodeId != _nodeId
            && _topics.TryGetValue(new StreamId(appended.Namespace, appended.Key), out var topic))
        {
            topic.Poke(appended.LastSequence);
        }
    }

    private static StreamItem<T> ToItem<T>(StoredStreamEvent stored) =>
        new(stored.Sequence, stored.TimestampUtc, JsonSerializer.Deserialize<T>(stored.Payload.Span, GrainJson.Options)!);

    public void Dispose() => _notifications.Dispose();
}
