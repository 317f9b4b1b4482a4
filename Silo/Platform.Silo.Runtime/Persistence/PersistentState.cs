using System.Text.Json;
using Platform.Runtime;
using Platform.Runtime.Indexing;
using Platform.Runtime.Streams;
using Platform.Silo.Runtime.Serialization;
using Platform.Silo.Runtime.Streams;
using Platform.Storage;

namespace Platform.Silo.Runtime.Persistence;

/// <summary>
/// A grain's state record. Each write carries the ETag it read, the index rows the state mirrors
/// (rows it no longer produces are deleted) and any events, as one transaction. Awaits here resume on
/// the calling grain's scheduler, so grain code continues inside its turn.
/// </summary>
internal sealed class PersistentState<TState>(GrainStateKey key, IGrainStorage storage, StreamHub streams) : IPersistentState<TState>, IActivationState
    where TState : class, new()
{
    private IReadOnlyList<IndexRow> _indexRows = [];

    public TState State { get; set; } = new();

    public string? Etag { get; private set; }

    public bool RecordExists { get; private set; }

    public Task LoadAsync() => ReadStateAsync();

    public async Task ReadStateAsync()
    {
        var stored = await storage.ReadAsync(key);
        if (stored is null)
        {
            State = new TState();
            Etag = null;
            RecordExists = false;
        }
        else
        {
            State = JsonSerializer.Deserialize<TState>(stored.Payload.Span, GrainJson.Options) ?? new TState();
            Etag = stored.ETag;
            RecordExists = true;
        }

        _indexRows = IndexRowsOf(State);
    }

    public Task WriteStateAsync() => WriteStateAsync([]);

    public async Task WriteStateAsync(IReadOnlyList<StreamEvent> events)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(State, GrainJson.Options);
        var rows = IndexRowsOf(State);
        var write = new GrainStateWrite(
            key,
            payload,
            Etag,
            rows,
            RowsNoLongerProduced(rows),
            [.. events.Select(e => new StreamAppend(e.Stream.Namespace, e.Stream.Key, e.Payload))]);
        var result = await storage.WriteAsync(write);
        Etag = result.ETag;
        RecordExists = true;
        _indexRows = rows;
        streams.DeliverLocal(result.Events);
    }

    public async Task ClearStateAsync()
    {
        await storage.ClearAsync(key, Etag, [.. _indexRows.Select(r => (r.Table, r.Key))]);
        State = new TState();
        Etag = null;
        RecordExists = false;
        _indexRows = [];
    }

    private IReadOnlyList<(string Table, string Key)> RowsNoLongerProduced(IReadOnlyList<IndexRow> rows) =>
        [.. _indexRows.Where(old => !rows.Any(r => r.Table == old.Table && r.Key == old.Key)).Select(r => (r.Table, r.Key))];

    private IReadOnlyList<IndexRow> IndexRowsOf(TState state) =>
        state is IIndexedState indexed ? indexed.ToIndexRows(key.GrainKey) : [];
}
