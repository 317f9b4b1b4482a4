using System.Text;
using Platform.Runtime.Indexing;
using Platform.Storage.Tests.Fixtures;

namespace Platform.Storage.Tests.Contract;

/// <summary>
/// The storage contract, one set of tests run against every provider (the derived classes say how to open
/// one). Each test gets its own database or schema and unique keys, so tests can run in parallel.
/// </summary>
public abstract partial class StorageContractTests : IAsyncLifetime
{
    private readonly List<IStorageProvider> _opened = [];

    /// <summary>The clock every provider of this test stamps times with.</summary>
    protected TestClock Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Node "a": the provider most tests use.</summary>
    protected IStorageProvider Storage { get; private set; } = null!;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Opens a provider as node <paramref name="nodeId"/> on this test's database (or schema).</summary>
    protected abstract Task<IStorageProvider> OpenProviderAsync(string nodeId);

    public virtual async ValueTask InitializeAsync()
    {
        Storage = await OpenAsync("a");
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var provider in _opened)
        {
            await provider.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Opens another node on the same database; it is disposed with the test.</summary>
    protected async Task<IStorageProvider> OpenAsync(string nodeId)
    {
        var provider = await OpenProviderAsync(nodeId);
        _opened.Add(provider);
        return provider;
    }

    protected static GrainStateKey NewKey(string stateName = "state") => new("contract", Guid.NewGuid().ToString("N"), stateName);

    protected static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    protected static string Text(StoredGrainState? state) => state is null ? "<none>" : Encoding.UTF8.GetString(state.Payload.Span);

    protected static GrainStateWrite Write(GrainStateKey key, string payload, string? etag,
        IReadOnlyList<IndexRow>? upserts = null, IReadOnlyList<(string Table, string Key)>? deletes = null, IReadOnlyList<StreamAppend>? events = null) =>
        new(key, Json(payload), etag, upserts ?? [], deletes ?? [], events ?? []);

    protected Task<WriteResult> WriteAsync(GrainStateKey key, string payload, string? etag) =>
        Storage.Grains.WriteAsync(Write(key, payload, etag), Token);
}
