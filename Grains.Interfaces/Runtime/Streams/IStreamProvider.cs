namespace Platform.Runtime.Streams;

/// <summary>Publishes to and subscribes to durable streams from grains, the Gateway and tests.</summary>
public interface IStreamProvider
{
    /// <summary>Appends one event durably and delivers it to live subscribers on every node; returns its sequence.</summary>
    Task<long> PublishAsync<T>(StreamId stream, T item, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replays events with sequence &gt;= <paramref name="fromSequence"/> and then follows the stream live,
    /// in order, each event exactly once, until cancelled. <paramref name="fromSequence"/> null means "live only".
    /// </summary>
    IAsyncEnumerable<StreamItem<T>> SubscribeAsync<T>(StreamId stream, long? fromSequence, CancellationToken cancellationToken = default);

    /// <summary>Creates an event to pass to <see cref="IPersistentState{TState}.WriteStateAsync(IReadOnlyList{StreamEvent})"/>.</summary>
    StreamEvent CreateEvent<T>(StreamId stream, T item);
}
