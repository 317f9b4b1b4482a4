using Platform.Blobs.Azure;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Transfer.Grants;

namespace Platform.Transfer.Bench;

/// <summary>The platform's grant and SAS issuing, in-process: real per-blob service SAS tokens, as the agent would get them.</summary>
internal sealed class BenchGrants(HttpClient http, AzureBlobStoreOptions options, byte[] accountKey, string prefix) : IUploadGrantSource
{
    private readonly BlobGrantSigner _signer = new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), TimeProvider.System);

    public ValueTask<UploadGrant> GetGrantAsync(CancellationToken cancellationToken)
    {
        var grant = Issue();
        var issuer = new AzureSasIssuer(options, accountKey, _signer, TimeProvider.System);
        return ValueTask.FromResult(new UploadGrant(grant, AzureBlobStore.ForGrant(http, options, grant, issuer, TimeProvider.System)));
    }

    /// <summary>A write SAS URL for one blob, for the curl baseline (Put Blob).</summary>
    public async Task<Uri> PutUriAsync(string name) =>
        await new AzureSasIssuer(options, accountKey, _signer, TimeProvider.System).GetBlobSasUriAsync(Issue(), BlobKey.Parse(prefix + name), CancellationToken.None);

    private BlobGrant Issue() => _signer.Issue(prefix, BlobPermissions.Read | BlobPermissions.Write, TimeSpan.FromHours(2));
}
