using Platform.Blobs.Grants;

namespace Platform.Blobs.Azure;

/// <summary>Grant-holder authorization: asks the <see cref="IBlobSasSource"/> for a SAS per blob and appends it to each request.</summary>
public sealed class AzureSasAuthorizer(BlobGrant grant, IBlobSasSource source) : IAzureRequestAuthorizer
{
    private readonly Lock _lock = new();
    private (string? BlobName, string Sas)? _last;

    public async ValueTask<string> GetQueryCredentialAsync(string? blobName, CancellationToken cancellationToken)
    {
        // An upload makes many requests for one blob: reuse its SAS (it lives as long as the grant).
        lock (_lock)
        {
            if (_last is { } last && last.BlobName == blobName)
            {
                return last.Sas;
            }
        }

        var sas = await source.GetSasAsync(grant, blobName, cancellationToken).ConfigureAwait(false);
        lock (_lock)
        {
            _last = (blobName, sas);
        }

        return sas;
    }

    public void SignRequest(HttpRequestMessage request)
    {
    }
}
