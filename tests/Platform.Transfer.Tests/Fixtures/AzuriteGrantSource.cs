using Platform.Blobs.Azure;
using Platform.Blobs.Grants;
using Platform.Blobs.Store;
using Platform.Transfer.Grants;

namespace Platform.Transfer.Tests.Fixtures;

/// <summary>
/// The platform's side of upload grants against Azurite, in-process: signs a grant for one prefix and hands
/// out a store that sends per-blob service SAS tokens from the real <see cref="AzureSasIssuer"/>.
/// </summary>
public sealed class AzuriteGrantSource(HttpClient http, AzureBlobStoreOptions options, byte[] accountKey, string prefix, TimeSpan lifetime, TimeProvider clock) : IUploadGrantSource
{
    private readonly BlobGrantSigner _signer = new(System.Text.Encoding.ASCII.GetBytes("transfer-tests-grant-signing-key-0123456789"), clock);
    private int _issued;

    /// <summary>Grants handed out so far.</summary>
    public int Issued => Volatile.Read(ref _issued);

    /// <summary>What a granted store is wrapped in (e.g. to slow it down like a long link); none by default.</summary>
    public Func<IBlobStore, IBlobStore> Wrap { get; init; } = store => store;

    public BlobPermissions Permissions { get; init; } = BlobPermissions.Read | BlobPermissions.Write;

    public ValueTask<UploadGrant> GetGrantAsync(CancellationToken cancellationToken)
    {
        var grant = _signer.Issue(prefix, Permissions, lifetime);
        Interlocked.Increment(ref _issued);
        var issuer = new AzureSasIssuer(options, accountKey, _signer, clock);
        return ValueTask.FromResult(new UploadGrant(grant, Wrap(AzureBlobStore.ForGrant(http, options, grant, issuer, clock))));
    }
}
