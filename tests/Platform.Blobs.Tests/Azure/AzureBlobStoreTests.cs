using Platform.Testing;
using Platform.Blobs.Azure;
using Platform.Blobs.Grants;
using Platform.Blobs.Store;
using Platform.Blobs.Tests.Contract;
using Platform.Blobs.Tests.Fixtures;

namespace Platform.Blobs.Tests.Azure;

/// <summary>The contract suite against Azure Blob Storage's REST API, served by Azurite.</summary>
public sealed partial class AzureBlobStoreTests : BlobStoreContract, IAsyncLifetime
{
    private static readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) });
    private readonly AzuriteFixture _azurite;
    private readonly AzureBlobStoreOptions _options;
    private readonly AzureBlobStore _store;
    private readonly AzureSasIssuer _issuer;

    public AzureBlobStoreTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        // A container per test keeps tests independent; the facility prefix inside it is unique anyway.
        _options = new AzureBlobStoreOptions(azurite.AccountUri, AzuriteFixture.AccountName, "t" + Guid.NewGuid().ToString("N"));
        _store = new AzureBlobStore(_http, _options, new AzureSharedKeyAuthorizer(AzuriteFixture.AccountName, AzuriteFixture.AccountKey), TimeProvider.System);
        _issuer = new AzureSasIssuer(_options, AzuriteFixture.AccountKey, Signer, Clock);
    }

    protected override IBlobStore Store => _store;

    protected override IBlobStore ForGrant(BlobGrant grant) => AzureBlobStore.ForGrant(_http, _options, grant, _issuer, Clock);

    public ValueTask InitializeAsync() => new(_store.CreateContainerIfMissingAsync(Token));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
