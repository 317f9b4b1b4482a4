using Platform.Blobs.Azure;
using Platform.Testing;

namespace Platform.Transfer.Tests.Fixtures;

/// <summary>The shared <see cref="AzuriteFixture"/> with what the transfer tests need of it: containers and patient store options.</summary>
public class AzuriteServer : AzuriteFixture
{
    /// <summary>A platform-side (Shared Key) store on a new container, created now.</summary>
    public async Task<AzureBlobStore> CreateContainerAsync(HttpClient http, string container, CancellationToken cancellationToken)
    {
        var store = new AzureBlobStore(http, Options(container), new AzureSharedKeyAuthorizer(AccountName, AccountKey), TimeProvider.System);
        await store.CreateContainerIfMissingAsync(cancellationToken);
        return store;
    }

    /// <summary>Options for <paramref name="container"/>, retrying long enough to ride out an Azurite restart.</summary>
    public AzureBlobStoreOptions Options(string container) => new(AccountUri, AccountName, container)
    {
        MaxAttempts = 20,
        InitialBackoff = TimeSpan.FromMilliseconds(200),
        MaxBackoff = TimeSpan.FromSeconds(4),
    };
}
