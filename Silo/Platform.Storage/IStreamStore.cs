namespace Platform.Storage;

/// <summary>Durable, ordered per-key event streams (<c>session-events/&lt;id&gt;</c>), replayable from a sequence number.</summary>
public interface IStreamStore
{
    /// <summary>Appends events outside a state write; returns them with their assigned sequences.</summary>
    Task<IReadOnlyList<StoredStreamEvent>> AppendAsync(IReadOnlyList<StreamAppend> events, CancellationToken cancellationToken = default);

    /// <summary>Reads events of one stream with sequence &gt;= <paramref name="fromSequence"/>, in order, at most <paramref name="maxCount"/>.</summary>
    Task<IReadOnlyList<StoredStreamEvent>> ReadAsync(string streamNamespace, string key, long fromSequence, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>The last sequence of a stream, 0 when it is empty.</summary>
    Task<long> GetLastSequenceAsync(string streamNamespace, string key, CancellationToken cancellationToken = default);
}
