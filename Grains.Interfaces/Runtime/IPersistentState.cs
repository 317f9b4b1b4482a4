using Platform.Runtime.Streams;

namespace Platform.Runtime;

/// <summary>
/// A grain's durable state with optimistic concurrency. Writes are conditional on <see cref="Etag"/>;
/// when another writer got there first, <see cref="InconsistentStateException"/> is thrown and nothing
/// is written. A write completes only once it is durable.
/// </summary>
public interface IPersistentState<TState>
    where TState : class, new()
{
    TState State { get; set; }

    string? Etag { get; }

    bool RecordExists { get; }

    Task ReadStateAsync();

    Task WriteStateAsync();

    /// <summary>Writes the state and appends <paramref name="events"/> to their streams in one transaction: both or neither.</summary>
    Task WriteStateAsync(IReadOnlyList<StreamEvent> events);

    /// <summary>Deletes the record; <see cref="State"/> becomes a new default instance.</summary>
    Task ClearStateAsync();
}
